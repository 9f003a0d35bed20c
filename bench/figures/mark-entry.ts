/**
 * Entering one mark: `journal.markSet` through the router as the lesson's own teacher on the lesson's
 * day (session, access, edit window, the mark, its audit entry, one transaction), against a bare
 * prepared INSERT of a mark committed on its own. Both write cells that were empty, so neither is an
 * update; both commit with the database's own durability (WAL, synchronous = FULL).
 */
import type { Database } from '../../src-main/db/connection';
import { markKinds } from '../../src-main/db/schema';
import { pageTarget } from '../target';
import type { Figure } from '../figure';
import { signedIn } from '../session';
import { percentile, sample } from '../stats';

interface Cell {
  lessonId: number;
  studentId: number;
  kind: string;
}

/** Empty cells (lesson, pupil, kind) of the given lessons, in a fixed order. */
function emptyCells(db: Database, lessonIds: number[], count: number): Cell[] {
  const pupils = db.sqlite.prepare(
    `select e.student_id from lesson l join class_subject cs on cs.id = l.class_subject_id
       join enrollment e on e.class_id = cs.class_id where l.id = ? and e.to_date is null order by e.student_id`,
  );
  const taken = db.sqlite.prepare('select 1 from mark where lesson_id = ? and student_id = ? and kind = ?').pluck();
  const cells: Cell[] = [];
  for (const kind of markKinds)
    for (const lessonId of lessonIds)
      for (const studentId of pupils.pluck().all(lessonId) as number[]) {
        if (cells.length >= count) return cells;
        if (!taken.get(lessonId, studentId, kind)) cells.push({ lessonId, studentId, kind });
      }
  return cells;
}

export const markEntry: Figure = {
  id: 'mark-entry',
  measure({ db, runs }) {
    const target = pageTarget(db);
    const lessons = db.sqlite
      .prepare(
        `select l.id, l.date, u.login from lesson l join user u on u.staff_id = l.taught_by
          where l.class_subject_id = ? and l.subgroup_id is null order by l.date desc, l.id desc`,
      )
      .all(target.classSubjectId) as { id: number; date: string; login: string }[];
    const last = lessons[0];
    if (!last) throw new Error('The class subject has no lessons');
    // The lesson's own day, in the afternoon in Bishkek: inside the teacher's edit window.
    const at = new Date(`${last.date}T10:00:00.000Z`);
    const teacher = signedIn(db, last.login, () => at);
    const sameDay = lessons.filter((l) => l.date === last.date).map((l) => l.id);
    const warmup = Math.min(5, runs);
    const viaRouter = emptyCells(db, sameDay, runs + warmup);
    const older = lessons
      .filter((l) => l.date < last.date)
      .slice(0, 20)
      .map((l) => l.id);
    const bare = emptyCells(db, older, runs + warmup);
    // The lesson's day has as many empty cells as pupils times mark kinds, less those marked: a long run
    // takes what there is.
    const n = Math.min(runs, viaRouter.length - warmup, bare.length - warmup);
    if (n < 1) throw new Error('Too few empty cells');

    const entered = sample(n, (i) => {
      const cell = viaRouter[i < 0 ? -1 - i : warmup + i] as Cell;
      teacher.call('journal.markSet', { ...cell, value: '4' });
    });
    const insert = db.sqlite.prepare(
      `insert into mark (lesson_id, student_id, value, numeric, kind, entered_at, entered_by) values (?, ?, '4', 4, ?, ?, null)`,
    );
    const inserted = sample(n, (i) => {
      const cell = bare[i < 0 ? -1 - i : warmup + i] as Cell;
      insert.run(cell.lessonId, cell.studentId, cell.kind, at.toISOString());
    });
    return [50, 95].map((q) => ({
      name: `one mark entered, p${q}`,
      value: percentile(entered, q),
      unit: 'ms',
      reference: percentile(inserted, q),
      referenceIs: 'a bare prepared INSERT, committed',
      targets: [{ on: 'ratio' as const, atMost: 3 }],
    }));
  },
};
