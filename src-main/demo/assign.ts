import { groupFor, isSplit, weeklyPlan } from './curriculum';
import type { DemoClass, DemoTeacher } from './model';
import type { DemoStaff } from './staff';

/** A row of the teaching load before it is saved: one teacher, or two for a split subject. */
export interface PlannedLoad {
  cls: DemoClass;
  subjectKey: string;
  hours: number;
  teachers: DemoTeacher[];
}

function leastLoaded(candidates: readonly DemoTeacher[], except: readonly DemoTeacher[] = []): DemoTeacher {
  let best: DemoTeacher | undefined;
  for (const t of candidates) {
    if (except.includes(t)) continue;
    if (!best || t.hours < best.hours) best = t;
  }
  if (!best) throw new Error('No teacher left for a demo class');
  return best;
}

/**
 * Gives every subject of every class a teacher, spreading the hours evenly. A class keeps one teacher
 * per group (the same teacher gives Kyrgyz language and Kyrgyz literature in 7-Б), and 5-А's Kyrgyz
 * goes to the featured teacher.
 */
export function assignTeachers(classes: readonly DemoClass[], staff: DemoStaff): PlannedLoad[] {
  const loads: PlannedLoad[] = [];
  for (const cls of classes) {
    const chosen = new Map<string, DemoTeacher[]>();
    if (cls.grade === 5 && cls.letter === 'А') chosen.set(staff.featured.group.key, [staff.featured]);
    for (const [subjectKey, hours] of weeklyPlan(cls.grade, cls.language)) {
      const group = groupFor(subjectKey, cls.grade, cls.language);
      const split = isSplit(subjectKey, cls.grade);
      let teachers = chosen.get(group.key);
      if (!teachers || teachers.length < (split ? 2 : 1)) {
        const own = cls.grade <= 4 && group.key === 'primary' ? staff.primaryOf.get(cls) : undefined;
        const pool = staff.teachers.filter((t) => t.group === group);
        const first = own ?? teachers?.[0] ?? leastLoaded(pool);
        teachers = split ? [first, leastLoaded(pool, [first])] : [first];
        chosen.set(group.key, teachers);
      }
      const used = split ? teachers : teachers.slice(0, 1);
      for (const t of used) t.hours += hours;
      loads.push({ cls, subjectKey, hours, teachers: used });
    }
  }
  chooseClassTeachers(classes, loads, staff);
  return loads;
}

/** The primary teacher for grades 1–4; from grade 5, the free teacher who spends most hours with the class. */
function chooseClassTeachers(classes: readonly DemoClass[], loads: readonly PlannedLoad[], staff: DemoStaff): void {
  const busy = new Set<DemoTeacher>();
  for (const cls of classes) {
    const own = staff.primaryOf.get(cls) ?? (cls.grade === 5 && cls.letter === 'А' ? staff.featured : undefined);
    if (own) {
      cls.classTeacher = own;
      busy.add(own);
    }
  }
  for (const cls of classes.filter((c) => !c.classTeacher)) {
    const hours = new Map<DemoTeacher, number>();
    for (const load of loads.filter((l) => l.cls === cls)) {
      for (const t of load.teachers) if (t.group.key !== 'pe') hours.set(t, (hours.get(t) ?? 0) + load.hours);
    }
    const ranked = [...hours].filter(([t]) => !busy.has(t)).sort((a, b) => b[1] - a[1]);
    const pick = ranked[0]?.[0] ?? null;
    cls.classTeacher = pick;
    if (pick) busy.add(pick);
    // A secondary class keeps its class teacher's cabinet as its home room.
    cls.room = cls.room || (pick?.room ?? '');
  }
}
