import type { DocumentLanguage } from '../types';
import type { LessonAttendance } from './lessons';

/*
 * The letters a paper journal writes for an absence or a late arrival, with the legend printed under
 * the grid. Kyrgyz "кж" (катышкан жок) and Russian "н" for an unexcused absence, as GLOSSARY.md has
 * them; the letters for a valid reason, illness and lateness are common usage, easy to change here.
 */

export const attendanceSigns = {
  ky: {
    signs: { unexcused: 'кж', excused: 'с', ill: 'о', late: 'оп' },
    legend:
      'Белгилер: кж — себепсиз катышкан жок; с — себептүү себеп менен катышкан жок; о — ооруп катышкан жок; ' +
      'оп — кечигип келди.',
  },
  ru: {
    signs: { unexcused: 'н', excused: 'у', ill: 'б', late: 'оп' },
    legend:
      'Обозначения: н — отсутствовал(а) без уважительной причины; у — по уважительной причине; б — по болезни; ' +
      'оп — опоздание.',
  },
};

/** The letter for a lesson's absence or late arrival; '' when the pupil was there. */
export function attendanceSign(a: LessonAttendance | null | undefined, language: DocumentLanguage): string {
  if (!a) return '';
  const { signs } = attendanceSigns[language];
  return a.status === 'late' ? signs.late : signs[a.reasonKind];
}
