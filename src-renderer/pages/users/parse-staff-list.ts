export interface ParsedPerson {
  line: number;
  surname: string;
  name: string;
  patronymic?: string;
  position?: string;
}

export interface ParsedList {
  people: ParsedPerson[];
  /** Lines that could not be read, numbered from 1. */
  badLines: number[];
}

/**
 * Reads a staff list typed or pasted by the administrator, one person a line:
 * "Surname Name Patronymic; position", or columns pasted from Excel (tab-separated:
 * surname, name, patronymic, position). Kyrgyz patronymics of two words ("Бакыт кызы") stay whole.
 */
export function parseStaffList(text: string): ParsedList {
  const people: ParsedPerson[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let surname: string | undefined;
    let name: string | undefined;
    let patronymic: string | undefined;
    let position: string | undefined;
    if (raw.includes('\t')) {
      [surname, name, patronymic, position] = raw.split('\t').map((c) => c.trim());
    } else {
      const [who = '', ...rest] = raw.split(';');
      position = rest.join(';').trim();
      const words = who.trim().split(/\s+/);
      [surname, name] = words;
      patronymic = words.slice(2).join(' ');
    }
    if (!surname || !name) {
      badLines.push(line);
      return;
    }
    people.push({ line, surname, name, ...(patronymic ? { patronymic } : {}), ...(position ? { position } : {}) });
  });
  return { people, badLines };
}
