import { setAttendance } from '../../journal/attendance';
import { saveLesson } from '../../journal/lessons';
import { markHistory } from '../../journal/mark-history';
import { clearMark, setMark } from '../../journal/marks';
import { journalChoices } from '../../journal/choices';
import { journalPage } from '../../journal/page';
import type { HandlerMap } from './types';

export const journalHandlers: HandlerMap<
  | 'journal.lessonSave'
  | 'journal.markSet'
  | 'journal.markClear'
  | 'journal.attendanceSet'
  | 'journal.choices'
  | 'journal.page'
  | 'journal.markHistory'
> = {
  'journal.lessonSave': (ctx, input) => saveLesson(ctx, input),
  'journal.markSet': (ctx, input) => setMark(ctx, input),
  'journal.markClear': (ctx, input) => clearMark(ctx, input),
  'journal.attendanceSet': (ctx, input) => setAttendance(ctx, input),
  'journal.choices': (ctx) => journalChoices(ctx),
  'journal.page': (ctx, input) => journalPage(ctx, input),
  'journal.markHistory': (ctx, input) => markHistory(ctx, input),
};
