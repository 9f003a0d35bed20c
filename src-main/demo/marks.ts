import type { MarkKind } from '../db/schema';
import { words } from './lists';
import type { Random } from './random';
import type { SubjectKind } from './subjects';

/**
 * A mark on the 5-point scale for a pupil of the given ability: mostly 4s and 5s, some 3s, few 2s.
 * A control work comes out a little lower than answers in class.
 */
export function markValue(rng: Random, ability: number, control: boolean): number {
  const v = Math.round(ability - (control ? 0.2 : 0) + rng.bell() * 0.65);
  return Math.min(5, Math.max(2, v));
}

/** Kinds of marks given during an ordinary lesson, as `kind:weight`; the oral answer is the most common. */
const ordinaryKinds: Record<SubjectKind, string> = {
  language: 'general:65 write:18 homework:17',
  literature: 'general:75 write:10 homework:15',
  math: 'general:60 write:22 homework:18',
  science: 'general:65 write:10 homework:15 laboratory:10',
  social: 'general:75 write:10 homework:15',
  arts: 'general:60 practice:40',
  sport: 'general:80 practice:20',
  it: 'general:50 practice:35 homework:15',
};

const kindWeights = Object.fromEntries(
  Object.entries(ordinaryKinds).map(([subjectKind, text]) => [
    subjectKind,
    words(text).map((entry) => {
      const [kind, weight] = entry.split(':');
      return [kind as MarkKind, Number(weight)] as const;
    }),
  ]),
) as Record<SubjectKind, (readonly [MarkKind, number])[]>;

export function ordinaryKind(rng: Random, kind: SubjectKind): MarkKind {
  return rng.weighted(kindWeights[kind]);
}

/** How many of the pupils present get a mark in an ordinary lesson: a quarter to a third. */
export function markedCount(rng: Random, present: number): number {
  return Math.round(present * (0.25 + rng.next() * 0.1));
}

/** Round half up, the usual rule for a quarter mark (3.5 → 4). */
export function roundMark(average: number): number {
  return Math.floor(average + 0.5 + 1e-9);
}
