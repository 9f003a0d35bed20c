import type { TimetableSlotRow } from '../../../src-main/api/contract/timetable';

/*
 * The week being edited: one cell per weekday and lesson, each with one entry (a subject and a room)
 * or several (the subgroups of a split lesson). Kept pure so the screen only draws it.
 */

export const weekdays = [1, 2, 3, 4, 5, 6] as const;
export const defaultLessons = 8;
export const maxLessons = 10;

/** A select's value: `""` (no lesson), `"12"` (class subject 12, whole class) or `"12:3"` (its subgroup 3). */
export interface Entry {
  value: string;
  room: string;
}

export type Draft = Record<string, Entry[]>;

export const cellKey = (weekday: number, lessonNumber: number) => `${weekday}.${lessonNumber}`;

export function optionValue(classSubjectId: number, subgroupId: number | null): string {
  return subgroupId === null ? String(classSubjectId) : `${classSubjectId}:${subgroupId}`;
}

export function parseValue(value: string): { classSubjectId: number; subgroupId: number | null } | null {
  const match = /^(\d+)(?::(\d+))?$/.exec(value);
  if (!match) return null;
  return { classSubjectId: Number(match[1]), subgroupId: match[2] ? Number(match[2]) : null };
}

export function draftOf(slots: TimetableSlotRow[]): Draft {
  const draft: Draft = {};
  for (const s of slots) {
    const key = cellKey(s.weekday, s.lessonNumber);
    draft[key] = [...(draft[key] ?? []), { value: optionValue(s.classSubjectId, s.subgroupId), room: s.room ?? '' }];
  }
  return draft;
}

/** Lesson rows to show: 1 to 8, or further where a saved week already has later lessons. */
export function lessonRows(slots: { lessonNumber: number }[]): number[] {
  const last = Math.min(maxLessons, Math.max(defaultLessons, ...slots.map((s) => s.lessonNumber)));
  return Array.from({ length: last }, (_, i) => i + 1);
}

export interface PayloadSlot {
  weekday: number;
  lessonNumber: number;
  classSubjectId: number;
  subgroupId?: number;
  room?: string;
}

/**
 * The call's `slots`, and for each of them the cell and entry it came from, so that a refusal at
 * `slots.7.classSubjectId` is shown at the right select.
 */
export function payloadOf(draft: Draft): { slots: PayloadSlot[]; origin: { key: string; entry: number }[] } {
  const slots: PayloadSlot[] = [];
  const origin: { key: string; entry: number }[] = [];
  for (const weekday of weekdays) {
    for (let lessonNumber = 1; lessonNumber <= maxLessons; lessonNumber += 1) {
      const key = cellKey(weekday, lessonNumber);
      (draft[key] ?? []).forEach((entry, i) => {
        const parsed = parseValue(entry.value);
        if (!parsed) return;
        slots.push({
          weekday,
          lessonNumber,
          classSubjectId: parsed.classSubjectId,
          ...(parsed.subgroupId !== null ? { subgroupId: parsed.subgroupId } : {}),
          ...(entry.room.trim() ? { room: entry.room.trim() } : {}),
        });
        origin.push({ key, entry: i });
      });
    }
  }
  return { slots, origin };
}

/** "Үсөнова Айнура Бакыт кызы" → "Үсөнова А. Б.": a full name does not fit in a timetable cell. */
export function shortName(fullName: string): string {
  const [surname = '', ...rest] = fullName.split(/\s+/).filter(Boolean);
  const initials = rest.filter((w) => !/^(уулу|кызы)$/i.test(w)).map((w) => `${w.charAt(0)}.`);
  return [surname, ...initials].join(' ');
}
