import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { staff, user } from '../../db/schema';
import { accountPolicy } from '../../accounts/policy';
import { comparePeople } from '../../text/kyrgyz-order';
import { fullName } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams } from '../kinds';
import { chunks, contentWidth } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';

/*
 * Access slips: one per member of staff, a login and a temporary password, ten to a page, to cut
 * out and hand over in person at the start of the year (000 §3.1). The passwords exist in plain text
 * only at the moment they are issued, so they are handed to `slipsWithPasswords`; the facts (and so
 * the fingerprint and the stored record) hold the names and logins only, never a password.
 */

const words = {
  ky: {
    title: 'Электрондук журналга кирүү реквизиттери',
    login: 'Логин',
    password: 'Убактылуу сыр сөз',
    hint: (days: number) => `Биринчи киргенде жаңы сыр сөз коюңуз. Убактылуу сыр сөз ${days} күн иштейт.`,
    secret: 'Сыр сөздү эч кимге бербеңиз.',
    count: (n: number) => `Слиптер: ${n}`,
  },
  ru: {
    title: 'Реквизиты доступа к электронному журналу',
    login: 'Логин',
    password: 'Временный пароль',
    hint: (days: number) => `При первом входе задайте свой пароль. Временный пароль действует ${days} дней.`,
    secret: 'Никому не передавайте пароль.',
    count: (n: number) => `Листков: ${n}`,
  },
};

interface SlipPerson {
  userId: number;
  name: string;
  position: string;
  login: string;
}

function people(db: Database, userIds: number[]): SlipPerson[] {
  if (!userIds.length) return [];
  return db.orm
    .select({ userId: user.id, login: user.login, staff })
    .from(user)
    .innerJoin(staff, eq(staff.id, user.staffId))
    .where(inArray(user.id, userIds))
    .all()
    .sort((a, b) => comparePeople(a.staff, b.staff))
    .map((r) => ({ userId: r.userId, name: fullName(r.staff), position: r.staff.position ?? '', login: r.login }));
}

function slip(p: SlipPerson, password: string, schoolName: string, language: DocumentLanguage): PdfNode {
  const w = words[language];
  return {
    stack: [
      { text: schoolName, style: 'caption' },
      { text: p.name, bold: true, fontSize: 10.5, margin: [0, 3, 0, 0] },
      ...(p.position ? [{ text: p.position, style: 'caption' }] : []),
      {
        table: {
          widths: [90, '*'],
          body: [
            [w.login, { text: p.login, bold: true, fontSize: 12 }],
            [w.password, { text: password, bold: true, fontSize: 12, characterSpacing: 1 }],
          ],
        },
        layout: 'plain',
        margin: [0, 5, 0, 4],
      },
      { text: w.hint(accountPolicy.temporaryPasswordDays), style: 'caption' },
      { text: w.secret, style: 'caption', bold: true },
    ],
  };
}

/** Two slips a row, cut lines (dashed cells) between them; a row is never split across pages. */
function slipsLayout(
  persons: SlipPerson[],
  passwordOf: (p: SlipPerson) => string,
  school: string,
  language: DocumentLanguage,
) {
  const half = (contentWidth.portrait - 2 * 14 - 2) / 2;
  const rows = chunks(persons, 2).map((pair) =>
    [0, 1].map((i) => {
      const p = pair[i];
      return p ? slip(p, passwordOf(p), school, language) : '';
    }),
  );
  return {
    table: { widths: [half, half], dontBreakRows: true, body: rows },
    layout: 'slips',
  };
}

function read(db: Database, params: DocumentParams): SlipPerson[] {
  const found = people(db, params.userIds ?? []);
  if (!found.length) throw new PrintError('print.nothingToPrint');
  return found;
}

function body(persons: SlipPerson[], content: PdfNode[], language: DocumentLanguage): DocumentBody {
  const facts: Fact[] = persons.map((p) => [factLabel(p.name), p.login]);
  return {
    title: words[language].title,
    heading: [words[language].count(persons.length)],
    orientation: 'portrait',
    content,
    facts,
    signatories: ['director'],
    fileStem: words[language].title,
  };
}

/** The slips as they can be rebuilt later (for verification): logins, the passwords masked. */
function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const persons = read(db, params);
  return body(persons, [slipsLayout(persons, () => '••••••••', '', language)], language);
}

/** The slips to print, with the temporary passwords just issued (userId → password). */
export function slipsWithPasswords(
  db: Database,
  params: DocumentParams,
  language: DocumentLanguage,
  passwords: ReadonlyMap<number, string>,
  schoolName: string,
): DocumentBody {
  const persons = read(db, params).filter((p) => passwords.has(p.userId));
  if (!persons.length) throw new PrintError('print.nothingToPrint');
  const content = [slipsLayout(persons, (p) => passwords.get(p.userId) ?? '', schoolName, language)];
  return body(persons, content, language);
}

export const credentialSlips: DocumentKind = { name: 'credentials', target: 'school', issuedOnly: true, build };
