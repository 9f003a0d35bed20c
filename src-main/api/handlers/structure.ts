import { createClass, listClasses, updateClass } from '../../structure/classes-service';
import { listStaff } from '../../structure/staff-service';
import { createSubject, listSubjects, seedSubjects, updateSubject } from '../../structure/subjects-service';
import { createLoad, listLoad, removeLoad, updateLoad } from '../../structure/load-service';
import { setSubgroups } from '../../structure/subgroups-service';
import type { HandlerMap } from './types';

export const structureHandlers: HandlerMap<
  | 'classes.list'
  | 'classes.create'
  | 'classes.update'
  | 'staff.list'
  | 'subjects.list'
  | 'subjects.create'
  | 'subjects.update'
  | 'subjects.seed'
  | 'load.list'
  | 'load.create'
  | 'load.update'
  | 'load.remove'
  | 'subgroups.set'
> = {
  'classes.list': (ctx, input) => listClasses(ctx.app.db, input?.yearId, ctx.now),
  'classes.create': (ctx, input) => createClass(ctx, input),
  'classes.update': (ctx, { classId, ...changes }) => updateClass(ctx, classId, changes),
  'staff.list': (ctx) => listStaff(ctx.app.db),
  'subjects.list': (ctx) => listSubjects(ctx.app.db),
  'subjects.create': (ctx, input) => createSubject(ctx, input),
  'subjects.update': (ctx, { subjectId, ...changes }) => updateSubject(ctx, subjectId, changes),
  'subjects.seed': (ctx) => ({ added: seedSubjects(ctx) }),
  'load.list': (ctx, input) => listLoad(ctx.app.db, input ?? {}),
  'load.create': (ctx, input) => createLoad(ctx, input),
  'load.update': (ctx, { classSubjectId, ...changes }) => updateLoad(ctx, classSubjectId, changes),
  'load.remove': (ctx, { classSubjectId }) => removeLoad(ctx, classSubjectId),
  'subgroups.set': (ctx, { classSubjectId, groups }) => setSubgroups(ctx, classSubjectId, groups),
};
