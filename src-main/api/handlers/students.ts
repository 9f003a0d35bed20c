import { classChoices } from '../../students/class-choices';
import { classList } from '../../students/class-list';
import { createPupil, updatePupilCard } from '../../students/card-service';
import { schoolDay } from '../../calendar/school-day';
import { pupilDetails } from '../../students/pupil-details';
import { departPupil, enrolPupil, returnPupil, transferPupil } from '../../movement/movement-service';
import { movementReport } from '../../movement/movement-report';
import type { HandlerMap } from './types';
import type { CallContext } from '../context';

/** How far the caller's rights reach: the office any class, a class teacher their own. */
const reach = (ctx: CallContext) => (ctx.user?.permissions.includes('roster.manage') ? 'anyClass' : 'ownClass');

export const studentsHandlers: HandlerMap<
  | 'students.classes'
  | 'students.list'
  | 'students.get'
  | 'students.create'
  | 'students.update'
  | 'movement.enrol'
  | 'movement.transfer'
  | 'movement.depart'
  | 'movement.return'
  | 'movement.report'
> = {
  'students.classes': (ctx) => classChoices(ctx),
  'students.list': (ctx, { classId, onDate }) => classList(ctx.app.db, classId, onDate ?? schoolDay(ctx.now)),
  'students.get': (ctx, { studentId }) => pupilDetails(ctx, studentId),
  'students.create': (ctx, input) => createPupil(ctx, input, reach(ctx)),
  'students.update': (ctx, input) => updatePupilCard(ctx, input, reach(ctx)),
  'movement.enrol': (ctx, input) => enrolPupil(ctx, input),
  'movement.transfer': (ctx, input) => transferPupil(ctx, input),
  'movement.depart': (ctx, input) => departPupil(ctx, input),
  'movement.return': (ctx, input) => returnPupil(ctx, input),
  'movement.report': (ctx, { from, to }) => movementReport(ctx.app.db, from, to),
};
