import type { CallContext } from '../api/context';
import type { SavedTimetable, TimetableInput, TimetableWarnings } from '../api/contract/timetable';
import { classTitle } from '../roster/classes';
import { classTimetable } from './class-timetable';
import { addDays } from './dates';
import { checkWeek } from './validate';
import { weekWarnings } from './warnings';

const ofClass = `class_subject_id in (select id from class_subject where class_id = @classId)`;

/** What saving would warn about, with nothing written (refusals are the same as the save's). */
export function checkTimetable(ctx: CallContext, input: TimetableInput): TimetableWarnings {
  const { cls, load, slots } = checkWeek(ctx.app.db, input);
  return weekWarnings(ctx.app.db, cls, load, slots, input.validFrom);
}

/**
 * A class's week from a date on (a correction during the year, 004 §4.9.2). The week in force that
 * day ends the day before, so the journal keeps the lessons planned until then; weeks that were to
 * start later are replaced by this one (they are kept in the audit entry); the new slots start on
 * the date and run until the next change.
 */
export function saveTimetable(ctx: CallContext, input: TimetableInput): SavedTimetable {
  const db = ctx.app.db;
  const { cls, slots } = checkWeek(db, input);
  const params = { classId: cls.id, validFrom: input.validFrom, dayBefore: addDays(input.validFrom, -1) };

  // The slots about to be closed, with the end they had, so the audit can tell how to reopen them.
  const closing = db.sqlite
    .prepare(
      `select id, valid_to as validTo from timetable_slot
        where ${ofClass} and valid_from < @validFrom and (valid_to is null or valid_to >= @validFrom)`,
    )
    .all(params) as { id: number; validTo: string | null }[];
  const closed = db.sqlite
    .prepare(
      `update timetable_slot set valid_to = @dayBefore
        where ${ofClass} and valid_from < @validFrom and (valid_to is null or valid_to >= @validFrom)`,
    )
    .run(params).changes;
  const replaced = db.sqlite
    .prepare(
      `select weekday, lesson_number as lessonNumber, class_subject_id as classSubjectId, subgroup_id as subgroupId,
              room, valid_from as validFrom, valid_to as validTo
         from timetable_slot where ${ofClass} and valid_from >= @validFrom order by valid_from, weekday, lesson_number`,
    )
    .all(params);
  db.sqlite.prepare(`delete from timetable_slot where ${ofClass} and valid_from >= @validFrom`).run(params);
  const insert = db.sqlite.prepare(
    `insert into timetable_slot (class_subject_id, subgroup_id, weekday, lesson_number, room, valid_from)
     values (@classSubjectId, @subgroupId, @weekday, @lessonNumber, @room, @validFrom)`,
  );
  for (const slot of slots) insert.run({ ...slot, validFrom: input.validFrom });

  const result = classTimetable(db, cls.id, input.validFrom);
  ctx.audit({
    entity: 'timetable',
    entityId: cls.id,
    before: { closedSlots: closed, closedEnds: closing.map((c) => [c.id, c.validTo]), replacedSlots: replaced },
    after: {
      className: classTitle(cls),
      validFrom: input.validFrom,
      slotCount: slots.length,
      slots,
    },
  });
  return { ...result, closed, replaced: replaced.length, inserted: slots.length };
}
