import type { CallContext } from '../../api/context';
import { signedInUser } from '../../api/context';
import { ApiError } from '../../api/api-error';
import type {
  ClassForecast,
  ForecastPeriod,
  ForecastPeriodInfo,
  SchoolForecast,
} from '../../api/contract/control-forecast';
import { schoolDay } from '../../api/contract/school-day';
import type { SessionUser } from '../../api/contract/session';
import type { Database } from '../../db/connection';
import { classInfo, classesOfYear, type ClassInfo } from '../../print/data/class-data';
import { currentYear } from '../../school/academic-year';
import { staffIdOfUser } from '../../students/staff-of-user';
import { forecastClass, forecastSchool, forecastSpan, schoolSummary } from './forecast';

/*
 * Who sees which forecasts. The deputy and the director (`reports.read`) see every class; a teacher
 * sees the classes they are class teacher of, and no other, whatever the screen asks for: the check
 * is here, on the server, as print/access.ts checks a class teacher's documents.
 */

const seesAll = (user: SessionUser) => user.permissions.includes('reports.read');

function isClassTeacher(db: Database, user: SessionUser, c: ClassInfo): boolean {
  const staffId = staffIdOfUser(db, user.userId);
  return staffId !== null && c.classTeacherId === staffId;
}

function yearOrThrow(db: Database) {
  const year = currentYear(db);
  if (!year) throw new ApiError('NOT_FOUND', undefined, [{ path: 'period', message: 'validation.forecast.noYear' }]);
  return year;
}

const periodNotFound = () =>
  new ApiError('NOT_FOUND', undefined, [{ path: 'period', message: 'validation.forecast.periodNotFound' }]);

function spanOrThrow(db: Database, yearId: number, code: ForecastPeriod, day: string): ForecastPeriodInfo {
  const span = forecastSpan(db, yearId, code, day);
  if (!span) throw periodNotFound();
  return span;
}

export function forecastClasses(ctx: CallContext): { id: number; title: string }[] {
  const user = signedInUser(ctx);
  const db = ctx.app.db;
  const year = currentYear(db);
  if (!year) return [];
  return classesOfYear(db, year.id)
    .filter((c) => seesAll(user) || isClassTeacher(db, user, c))
    .map((c) => ({ id: c.id, title: c.title }));
}

export function forecastOfClass(
  ctx: CallContext,
  input: { classId: number; period: ForecastPeriod; asOf?: string },
): { period: ForecastPeriodInfo; forecast: ClassForecast } {
  const user = signedInUser(ctx);
  const db = ctx.app.db;
  const c = classInfo(db, input.classId);
  if (!c)
    throw new ApiError('NOT_FOUND', undefined, [{ path: 'classId', message: 'validation.forecast.classNotFound' }]);
  if (!seesAll(user) && !isClassTeacher(db, user, c)) throw new ApiError('FORBIDDEN', { rule: 'forecast.notOwnClass' });
  const period = spanOrThrow(db, c.yearId, input.period, input.asOf ?? schoolDay(ctx.now));
  return { period, forecast: forecastClass(db, c, period) };
}

export function forecastOfSchool(ctx: CallContext, input: { period: ForecastPeriod; asOf?: string }): SchoolForecast {
  const db = ctx.app.db;
  const year = yearOrThrow(db);
  const all = forecastSchool(db, { yearId: year.id, period: input.period, asOf: input.asOf ?? schoolDay(ctx.now) });
  if (!all) throw periodNotFound();
  return schoolSummary(all);
}
