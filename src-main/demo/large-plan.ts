import type { DemoClass } from './model';
import type { Random } from './random';

/** Enough letters for ten parallel classes, as the largest Bishkek schools have. */
const letters = ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'З', 'И', 'К'] as const;

/** Afternoon grades, as in the default demo: the building holds half the school at once. */
const secondShiftGrades = new Set([2, 3, 4, 6, 7]);

/** The large school's size: 110 classes (ten per grade) of 25–30 pupils make about 3,000 pupils. */
export const largeClassCount = 110;

/**
 * The classes of a large school, not yet saved: `count` classes spread evenly over grades 1–11 (ten
 * per grade at the full size; a scaled-down school takes a few grades across the range). About one
 * class in three is Russian-language; 5-А stays Kyrgyz-language for the featured teacher.
 */
export function planLargeClasses(rng: Random, count: number): DemoClass[] {
  const classes: DemoClass[] = [];
  const perGrade = new Map<number, number>();
  let primaryRoom = 101;
  for (let i = 0; i < count; i += 1) {
    // With fewer than 11 classes, grades are sampled from the middle of each share (5, 8, … for 3).
    const grade = Math.min(11, 1 + Math.floor(((i + 0.5) * 11) / count));
    const k = perGrade.get(grade) ?? 0;
    perGrade.set(grade, k + 1);
    const letter = letters[k % letters.length] ?? 'А';
    const russian = k % 3 === 2 || (k > 0 && rng.chance(0.1));
    classes.push({
      grade,
      letter: k < letters.length ? letter : `${letter}${Math.floor(k / letters.length) + 1}`,
      language: russian && !(grade === 5 && k === 0) ? 'ru' : 'ky',
      shift: secondShiftGrades.has(grade) ? 2 : 1,
      room: grade <= 4 ? String(primaryRoom++) : '',
      id: 0,
      classTeacher: null,
      pupils: [],
    });
  }
  return classes;
}
