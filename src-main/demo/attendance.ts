import type { DemoPupil } from './model';
import type { Random } from './random';

export type Reason = 'unexcused' | 'excused' | 'ill';

export interface Absence {
  reasonKind: Reason;
  reason: string | null;
}

const reasonText = {
  ky: { ill: 'ооруп калган', excused: 'үй-бүлөлүк себеп', unexcused: null },
  ru: { ill: 'болеет', excused: 'семейные обстоятельства', unexcused: null },
} as const;

/**
 * Whole-day absences of one class, day by day: an illness lasts two to five school days, a family
 * reason or a truancy one day. About one pupil in twenty is away on a given day.
 */
export function dayAbsences(
  rng: Random,
  pupils: readonly DemoPupil[],
  schoolDays: readonly string[],
  language: 'ky' | 'ru',
): Map<string, Map<number, Absence>> {
  const byDay = new Map<string, Map<number, Absence>>();
  const illFor = new Map<number, number>();
  for (const day of schoolDays) {
    const away = new Map<number, Absence>();
    for (const pupil of pupils) {
      const left = illFor.get(pupil.id) ?? 0;
      if (left > 0) {
        illFor.set(pupil.id, left - 1);
        away.set(pupil.id, { reasonKind: 'ill', reason: reasonText[language].ill });
        continue;
      }
      const r = rng.next();
      if (r < 0.012) {
        illFor.set(pupil.id, rng.int(1, 4));
        away.set(pupil.id, { reasonKind: 'ill', reason: reasonText[language].ill });
      } else if (r < 0.019) {
        away.set(pupil.id, { reasonKind: 'excused', reason: reasonText[language].excused });
      } else if (r < 0.024 + (4.9 - pupil.ability) * 0.002) {
        // Truancy is a little more common among pupils who struggle.
        away.set(pupil.id, { reasonKind: 'unexcused', reason: null });
      }
    }
    byDay.set(day, away);
  }
  return byDay;
}
