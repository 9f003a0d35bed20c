import { timetableSlot } from '../db/schema';
import { prepareInsert } from './insert';
import type { DemoClass, DemoContext, DemoLoad, DemoTeacher } from './model';
import type { Random } from './random';

export interface Slot {
  load: DemoLoad;
  weekday: number;
  lessonNumber: number;
}

const days = [1, 2, 3, 4, 5] as const;
const maxLessons = 6;

function teachersOf(load: DemoLoad): DemoTeacher[] {
  return load.sections.map((s) => s.teacher);
}

/**
 * Spreads each class's hours over the week: as even a day as the hours allow, a subject at most once
 * a day, and each teacher's day kept light, so the lessons can then be ordered without clashes.
 */
function pickDays(rng: Random, loads: readonly DemoLoad[]): Map<DemoClass, Map<number, DemoLoad[]>> {
  const byClass = new Map<DemoClass, Map<number, DemoLoad[]>>();
  const room = new Map<DemoClass, Map<number, number>>();
  for (const load of loads) {
    if (byClass.has(load.cls)) continue;
    const total = loads.filter((l) => l.cls === load.cls).reduce((sum, l) => sum + l.hours, 0);
    const longDays = new Set(rng.shuffle(days).slice(0, total % 5));
    byClass.set(load.cls, new Map(days.map((d) => [d, []])));
    room.set(load.cls, new Map(days.map((d) => [d, Math.floor(total / 5) + (longDays.has(d) ? 1 : 0)])));
  }
  const teacherDay = new Map<DemoTeacher, number[]>();
  const dayLoad = (t: DemoTeacher) => teacherDay.get(t) ?? (teacherDay.set(t, [0, 0, 0, 0, 0, 0]).get(t) as number[]);
  const order = rng.shuffle(loads).sort((a, b) => b.hours - a.hours);
  for (const load of order) {
    const week = byClass.get(load.cls);
    const free = room.get(load.cls);
    if (!week || !free) continue;
    for (let h = 0; h < load.hours; h += 1) {
      const candidates = rng.shuffle(days.filter((d) => (free.get(d) ?? 0) > 0));
      const score = (d: number) =>
        (week.get(d)?.includes(load) ? 100 : 0) +
        Math.max(...teachersOf(load).map((t) => dayLoad(t)[d] ?? 0)) * 2 -
        (free.get(d) ?? 0);
      const day = candidates.sort((a, b) => score(a) - score(b))[0];
      if (day === undefined) break;
      week.get(day)?.push(load);
      free.set(day, (free.get(day) ?? 0) - 1);
      for (const t of teachersOf(load)) dayLoad(t)[day] = (dayLoad(t)[day] ?? 0) + 1;
    }
  }
  return byClass;
}

/** Orders one day's lessons of every class of a shift; returns the order per class and the clashes left. */
function orderDay(
  rng: Random,
  lessons: Map<DemoClass, DemoLoad[]>,
): { order: Map<DemoClass, DemoLoad[]>; clashes: number } {
  const order = new Map<DemoClass, DemoLoad[]>();
  const busy = Array.from({ length: maxLessons }, () => new Set<DemoTeacher>());
  const left = new Map([...lessons].map(([c, l]) => [c, rng.shuffle(l)]));
  for (const cls of lessons.keys()) order.set(cls, []);
  let clashes = 0;
  for (let n = 0; n < maxLessons; n += 1) {
    const taken = busy[n] ?? new Set<DemoTeacher>();
    for (const cls of rng.shuffle([...left.keys()])) {
      const pending = left.get(cls) ?? [];
      if (pending.length === 0) continue;
      const fits = pending.filter((l) => teachersOf(l).every((t) => !taken.has(t)));
      // The teacher with the fullest day goes first: they have the fewest places left.
      const pressure = (l: DemoLoad) => Math.max(...teachersOf(l).map((t) => remaining(t, left)));
      const chosen = fits.sort((a, b) => pressure(b) - pressure(a))[0] ?? pending[0];
      if (!chosen) continue;
      if (!fits.includes(chosen)) clashes += 1;
      pending.splice(pending.indexOf(chosen), 1);
      order.get(cls)?.push(chosen);
      for (const t of teachersOf(chosen)) taken.add(t);
    }
  }
  return { order, clashes };
}

function remaining(teacher: DemoTeacher, left: Map<DemoClass, DemoLoad[]>): number {
  let n = 0;
  for (const loads of left.values()) for (const l of loads) if (teachersOf(l).includes(teacher)) n += 1;
  return n;
}

/**
 * A weekly timetable with no gaps for the pupils and, as far as a few tries find one, no teacher in two
 * rooms at once. Shifts are scheduled apart: they are different hours of the day. `effort` bounds the
 * tries: the large school (a hundred classes) takes few, as its search grows with the square of the size.
 */
export function buildTimetable(
  rng: Random,
  loads: readonly DemoLoad[],
  effort: { weeks: number; orders: number } = { weeks: 40, orders: 30 },
): { slots: Slot[]; clashes: number } {
  const slots: Slot[] = [];
  let clashes = 0;
  for (const shift of [1, 2]) {
    const shiftLoads = loads.filter((l) => l.cls.shift === shift);
    let best: { slots: Slot[]; clashes: number } | null = null;
    for (let attempt = 0; attempt < effort.weeks && (best === null || best.clashes > 0); attempt += 1) {
      const week = pickDays(rng, shiftLoads);
      const tried: Slot[] = [];
      let tryClashes = 0;
      for (const day of days) {
        const lessons = new Map([...week].map(([cls, byDay]) => [cls, byDay.get(day) ?? []]));
        let dayBest: ReturnType<typeof orderDay> | null = null;
        for (let i = 0; i < effort.orders && (dayBest === null || dayBest.clashes > 0); i += 1) {
          const result = orderDay(rng, lessons);
          if (dayBest === null || result.clashes < dayBest.clashes) dayBest = result;
        }
        if (!dayBest) continue;
        tryClashes += dayBest.clashes;
        for (const ordered of dayBest.order.values()) {
          ordered.forEach((load, i) => tried.push({ load, weekday: day, lessonNumber: i + 1 }));
        }
      }
      if (best === null || tryClashes < best.clashes) best = { slots: tried, clashes: tryClashes };
    }
    if (best) {
      slots.push(...best.slots);
      clashes += best.clashes;
    }
  }
  return { slots, clashes };
}

/** Saves the timetable: one row per lesson and subgroup, in the teacher's cabinet or the class's room. */
export function saveTimetable(ctx: DemoContext, slots: readonly Slot[]): void {
  const insert = prepareInsert(ctx.db, timetableSlot, [
    'classSubjectId',
    'subgroupId',
    'weekday',
    'lessonNumber',
    'room',
    'validFrom',
  ]);
  for (const slot of slots) {
    for (const section of slot.load.sections) {
      const room = section.teacher.room || slot.load.cls.room || null;
      insert.run(slot.load.id, section.subgroupId, slot.weekday, slot.lessonNumber, room, ctx.year.startsOn);
    }
  }
}
