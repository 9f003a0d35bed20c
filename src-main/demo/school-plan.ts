import { classesPerGrade } from './curriculum';
import type { DemoClass } from './model';
import type { Random } from './random';

const letters = ['А', 'Б', 'В'] as const;

/** Grades taught in the afternoon: the building holds only half the school at once. */
const secondShiftGrades = new Set([2, 3, 4, 6, 7]);

/**
 * The classes of the demo school, not yet saved: 2 or 3 per grade, mostly Kyrgyz-language with a
 * Russian-language class in most grades (the last letter), as in many Bishkek schools.
 */
export function planClasses(rng: Random): DemoClass[] {
  const counts = classesPerGrade(rng);
  const classes: DemoClass[] = [];
  let primaryRoom = 101;
  counts.forEach((count, i) => {
    const grade = i + 1;
    for (let k = 0; k < count; k += 1) {
      const letter = letters[k] ?? 'Г';
      const last = k === count - 1 && k > 0;
      // 5-А is always Kyrgyz-language: the demo teacher of the README is its class teacher.
      const language = last && (count === 3 || rng.chance(0.4)) && !(grade === 5 && k === 0) ? 'ru' : 'ky';
      classes.push({
        grade,
        letter,
        language,
        shift: secondShiftGrades.has(grade) ? 2 : 1,
        room: grade <= 4 ? String(primaryRoom++) : '',
        id: 0,
        classTeacher: null,
        pupils: [],
      });
    }
  });
  return classes;
}
