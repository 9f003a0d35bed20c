import { words } from './lists';
import type { Random } from './random';

/**
 * The demo curriculum (окуу планы): hours a week per subject for a Kyrgyz-language class, as
 * `subject:hours`. A Russian-language class swaps the two languages' hours and reads Russian
 * literature instead of Kyrgyz. Every week fits 5 days of at most 6 lessons.
 */
const kyrgyzClassPlan: Record<number, string> = {
  1: 'kyrgyz:4 reading:3 russian:2 math:4 homeland:1 ethics:1 music:1 art:1 technology:1 pe:2',
  2: 'kyrgyz:4 reading:3 russian:3 english:2 math:4 homeland:1 ethics:1 music:1 art:1 technology:1 pe:2',
  3: 'kyrgyz:4 reading:3 russian:3 english:2 math:5 homeland:2 ethics:1 music:1 art:1 technology:1 pe:2',
  5: `kyrgyz:4 kyrgyz_lit:2 russian:3 english:3 math:5 history_kg:1 history_world:1 geography:1 biology:1
      ethics:1 informatics:1 music:1 art:1 technology:2 pe:2`,
  7: `kyrgyz:3 kyrgyz_lit:2 russian:2 english:3 algebra:3 geometry:2 physics:2 biology:2 geography:2
      history_kg:1 history_world:1 informatics:1 music:1 technology:1 pe:2`,
  8: `kyrgyz:3 kyrgyz_lit:2 russian:2 english:3 algebra:3 geometry:2 physics:2 chemistry:2 biology:2
      geography:2 history_kg:1 history_world:1 informatics:1 technology:1 pe:2`,
  9: `kyrgyz:3 kyrgyz_lit:2 russian:2 english:3 algebra:3 geometry:2 physics:2 chemistry:2 biology:2
      geography:2 history_kg:1 history_world:1 man_society:1 informatics:1 technology:1 pe:2`,
  10: `kyrgyz:2 kyrgyz_lit:2 russian:2 english:3 algebra:3 geometry:2 physics:3 chemistry:2 biology:2
      geography:1 history_kg:2 history_world:1 man_society:1 informatics:1 pe:2`,
};

/** Grades that share a plan with the one below. */
const sameAs: Record<number, number> = { 4: 3, 6: 5, 11: 10 };

const russianClassSwap: Record<string, string> = { kyrgyz: 'russian', russian: 'kyrgyz', kyrgyz_lit: 'russian_lit' };

export function weeklyPlan(grade: number, language: 'ky' | 'ru'): [string, number][] {
  const plan = kyrgyzClassPlan[grade] ?? kyrgyzClassPlan[sameAs[grade] ?? 0];
  if (!plan) throw new Error(`No demo plan for grade ${grade}`);
  return words(plan).map((entry) => {
    const [key = '', hours = '0'] = entry.split(':');
    return [language === 'ru' ? (russianClassSwap[key] ?? key) : key, Number(hours)];
  });
}

/** English is split into two subgroups from grade 5, each with its own teacher. */
export function isSplit(subjectKey: string, grade: number): boolean {
  return subjectKey === 'english' && grade >= 5;
}

/** One kind of teacher: the subjects they give, and who they tend to be. */
export interface TeacherGroup {
  key: string;
  position: string;
  subjects: readonly string[];
  /** Share of men (most teachers in Kyrgyz schools are women). */
  men: number;
  /** Share with Russian names. */
  russian: number;
}

const group = (key: string, position: string, subjectKeys: string, men: number, russian: number): TeacherGroup => ({
  key,
  position,
  subjects: words(subjectKeys),
  men,
  russian,
});

export const teacherGroups: readonly TeacherGroup[] = [
  group('kyrgyz', 'кыргыз тили жана адабияты мугалими', 'kyrgyz kyrgyz_lit', 0.1, 0),
  group('russian', 'орус тили жана адабияты мугалими', 'russian russian_lit', 0.05, 0.7),
  group('english', 'англис тили мугалими', 'english', 0.1, 0.15),
  group('math', 'математика мугалими', 'math algebra geometry', 0.3, 0.2),
  group('physics', 'физика мугалими', 'physics', 0.5, 0.2),
  group('informatics', 'информатика мугалими', 'informatics', 0.6, 0.2),
  group('chembio', 'химия жана биология мугалими', 'chemistry biology', 0.2, 0.2),
  group('geography', 'география мугалими', 'geography', 0.3, 0.1),
  group('history', 'тарых мугалими', 'history_kg history_world man_society ethics', 0.4, 0.1),
  group('pe', 'дене тарбия мугалими', 'pe', 0.7, 0.1),
  group('music', 'музыка мугалими', 'music', 0.3, 0.2),
  group('arts', 'сүрөт жана технология мугалими', 'art technology', 0.4, 0.1),
];

/** In grades 1–4 the class's own teacher gives these; specialists give the rest. */
export const primaryGroup = group(
  'primary',
  'башталгыч класстардын мугалими',
  'kyrgyz russian reading math homeland ethics art technology',
  0.05,
  0,
);

/** The group that teaches a subject in a class. The second language always has a specialist. */
export function groupFor(subjectKey: string, grade: number, language: 'ky' | 'ru'): TeacherGroup {
  const secondLanguage = language === 'ky' ? 'russian' : 'kyrgyz';
  if (grade <= 4 && subjectKey !== secondLanguage && primaryGroup.subjects.includes(subjectKey)) return primaryGroup;
  const found = teacherGroups.find((g) => g.subjects.includes(subjectKey));
  if (!found) throw new Error(`No teacher group for ${subjectKey}`);
  return found;
}

/** How many classes each grade has: two or three, at least 25 in all so there are over 600 pupils. */
export function classesPerGrade(rng: Random): number[] {
  const counts = Array.from({ length: 11 }, (_, i) => (i >= 9 ? 2 : rng.chance(0.6) ? 3 : 2));
  while (counts.reduce((a, b) => a + b, 0) < 25) counts[rng.int(0, 8)] = 3;
  return counts;
}
