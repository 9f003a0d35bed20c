import { schoolDay } from '../../calendar/school-day';
import { classTimetable } from '../../timetable/class-timetable';
import { checkTimetable, saveTimetable } from '../../timetable/save';
import { teacherWeek } from '../../timetable/teacher-week';
import type { HandlerMap } from './types';

export const timetableHandlers: HandlerMap<
  'timetable.ofClass' | 'timetable.save' | 'timetable.check' | 'timetable.ofTeacher'
> = {
  'timetable.ofClass': (ctx, { classId, on }) => classTimetable(ctx.app.db, classId, on ?? schoolDay(ctx.now)),
  'timetable.save': (ctx, input) => saveTimetable(ctx, input),
  'timetable.check': (ctx, input) => checkTimetable(ctx, input),
  'timetable.ofTeacher': (ctx, { staffId, on }) => teacherWeek(ctx, { staffId, on: on ?? schoolDay(ctx.now) }),
};
