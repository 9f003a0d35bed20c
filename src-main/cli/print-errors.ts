import type { PrintError } from '../print/kinds';

/** The CLI's English for the print refusals (the screens show them in Kyrgyz or Russian). */
const texts: Record<string, string> = {
  'print.classRequired': 'this document is printed for a class: give --class',
  'print.classNotFound': 'no such class',
  'print.subjectRequired': 'this document is printed for a subject of a class: give --subject',
  'print.classSubjectRequired': 'this document is printed for a subject of a class: give --class and --subject',
  'print.classSubjectNotFound': 'no such subject in that class',
  'print.noLessons': '{className} {subject} has no lessons in that period',
  'print.periodNotFound': 'the school year has no such period',
  'print.noPupils': 'the class {className} has no pupils in that period',
  'print.nothingToPrint': 'there is nothing to print',
  'print.unknownKind': 'no document "{kind}"',
  'print.credentialsNotCurrent': "a password is not the account's current temporary password",
  'print.weekRequired': 'this document is printed for a week: give --week with a day of it',
  'print.codeInvalid': 'a code has 8 letters and digits, like 7KQ2-M9XD',
  'print.dayRequired': 'this document is as of a day: give --on',
};

export function printErrorText(error: PrintError): string {
  const text = texts[error.key] ?? error.key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(error.params[name] ?? ''));
}
