import { statement, type Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { LessonScope } from './lesson-access';

/**
 * A mark or an absence belongs to a pupil who was in the lesson: enrolled in its class on its date and,
 * for a subgroup's lesson, a member of the subgroup.
 */
export function assertPupilInLesson(db: Database, scope: LessonScope, studentId: number): void {
  const enrolled = statement(
    db.sqlite,
    `select 1 from enrollment where student_id = ? and class_id = ? and from_date <= ?
        and (to_date is null or to_date >= ?) limit 1`,
  ).get(studentId, scope.classId, scope.date, scope.date);
  if (!enrolled) {
    throw new ApiError('INVALID_INPUT', undefined, [{ path: 'studentId', message: 'validation.journal.notEnrolled' }]);
  }
  if (scope.subgroupId !== null) {
    const member = statement(db.sqlite, 'select 1 from subgroup_member where subgroup_id = ? and student_id = ?').get(
      scope.subgroupId,
      studentId,
    );
    if (!member) {
      throw new ApiError('INVALID_INPUT', undefined, [
        { path: 'studentId', message: 'validation.journal.notInSubgroup' },
      ]);
    }
  }
}
