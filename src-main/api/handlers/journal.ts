import { setAttendance } from '../../journal/attendance';
import { saveLesson } from '../../journal/lessons';
import { markHistory } from '../../journal/mark-history';
import { clearMark, setMark } from '../../journal/marks';
import { journalChoices } from '../../journal/choices';
import { journalPage } from '../../journal/page';
import { journalPageVersion } from '../../journal/page-version';
import { listSubstitutions, removeSubstitution, setSubstitution } from '../../journal/substitutions';
import type { HandlerMap } from './types';

export const journalHandlers: HandlerMap<
  | 'journal.lessonSave'
  | 'journal.markSet'
  | 'journal.markClear'
  | 'journal.attendanceSet'
  | 'journal.choices'
  | 'journal.substitutionSet'
  | 'journal.substitutionRemove'
  | 'journal.substitutions'
  | 'journal.page'
  | 'journal.pageVersion'
  | 'journal.markHistory'
> = {
  'journal.lessonSave': (ctx, input) => saveLesson(ctx, input),
  'journal.markSet': (ctx, input) => setMark(ctx, input),
  'journal.markClear': (ctx, input) => clearMark(ctx, input),
  'journal.attendanceSet': (ctx, input) => setAttendance(ctx, input),
  'journal.pageVersion': (ctx, input) => journalPageVersion(ctx, input),
  'journal.choices': (ctx) => journalChoices(ctx),
  'journal.substitutionSet': (ctx, input) => setSubstitution(ctx, input),
  'journal.substitutionRemove': (ctx, input) => removeSubstitution(ctx, input),
  'journal.substitutions': (ctx, input) => listSubstitutions(ctx, input),
  'journal.page': (ctx, input) => journalPage(ctx, input),
  'journal.markHistory': (ctx, input) => markHistory(ctx, input),
};
