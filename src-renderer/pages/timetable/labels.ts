import type { LoadRow, PersonRef } from '../../../src-main/api/contract/structure';
import type { TimetableSlotRow } from '../../../src-main/api/contract/timetable';
import type { I18n } from '../../i18n/i18n';
import { optionValue, shortName } from './draft';

type Texts = Pick<I18n, 't' | 'lang'>;

export interface SubjectOption {
  value: string;
  label: string;
}

export function subjectName(row: { subjectNameKy: string; subjectNameRu: string }, lang: I18n['lang']): string {
  return lang === 'ru' ? row.subjectNameRu : row.subjectNameKy;
}

function teacherText(teacher: PersonRef | null, { t }: Texts): string {
  return teacher ? shortName(teacher.fullName) : t('timetable.noTeacher');
}

/** The choices of a cell: each subject of the class's load, then each of its subgroups, with the teacher. */
export function subjectOptions(load: LoadRow[], texts: Texts): SubjectOption[] {
  return load.flatMap((line) => {
    const name = subjectName(line, texts.lang);
    return [
      { value: optionValue(line.id, null), label: `${name} (${teacherText(line.teacher, texts)})` },
      ...line.subgroups.map((g) => ({
        value: optionValue(line.id, g.id),
        label: `${name}, ${g.name} (${teacherText(g.teacher ?? line.teacher, texts)})`,
      })),
    ];
  });
}

/** A saved slot in words, for the read-only week and (without the teacher) the teacher's own week. */
export function slotText(
  slot: TimetableSlotRow,
  texts: Texts,
  withTeacher: boolean,
): { subject: string; detail: string } {
  const subject = subjectName(slot, texts.lang) + (slot.subgroupName ? `, ${slot.subgroupName}` : '');
  const teacher = withTeacher ? teacherText(slot.teacher, texts) : null;
  const detail = [teacher, slot.room ? texts.t('timetable.room', { room: slot.room }) : null]
    .filter(Boolean)
    .join(' · ');
  return { subject, detail };
}
