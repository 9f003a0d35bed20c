import { z } from 'zod';
import { call } from './define';
import { calendarDate, id, noInput, optionalText } from './fields';
import type { PersonRef } from './structure';

/*
 * Remarks on how a class subject's journal is kept (003 §4.2А: fixed within a week). The deputy
 * records one; the class subject's teacher (or a teacher of one of its subgroups) sees it on signing in
 * and marks it fixed; the deputy and the director follow what is open, overdue and fixed.
 */

export const maxRemarkText = 1000;

export type RemarkState = 'open' | 'overdue' | 'fixed';

export interface RemarkRow {
  remarkId: number;
  classSubjectId: number;
  classId: number;
  className: string;
  subject: { nameKy: string; nameRu: string };
  /** Who keeps this journal: the class subject's teacher and its subgroups' teachers. */
  teachers: PersonRef[];
  text: string;
  createdAt: string;
  createdBy: string | null;
  dueOn: string;
  state: RemarkState;
  fixedAt: string | null;
  fixedBy: string | null;
  fixedNote: string | null;
}

export interface RemarkCounts {
  open: number;
  overdue: number;
  fixed: number;
}

export interface RemarkList {
  rows: RemarkRow[];
  counts: RemarkCounts;
}

export const remarkStates = ['open', 'overdue', 'fixed', 'all'] as const;

export const controlRemarkCalls = {
  /** The deputy records a remark on a class subject; the due date is a week later unless given. */
  'remarks.add': call<RemarkRow>()({
    input: z
      .object({
        classSubjectId: id,
        text: z.string().trim().min(1, 'validation.remarks.textRequired').max(maxRemarkText),
        dueOn: calendarDate.optional(),
      })
      .strict(),
    access: 'journal.correct',
    mutates: true,
  }),
  /** The remarks of the school (or of a class, or a teacher's), newest first; `open` includes the overdue. */
  'remarks.list': call<RemarkList>()({
    input: z
      .object({ state: z.enum(remarkStates).default('all'), classId: id.optional(), teacherId: id.optional() })
      .strict()
      .optional(),
    access: 'reports.read',
    mutates: false,
  }),
  /** A teacher's own remarks: every open one, and those fixed in the last weeks. */
  'remarks.mine': call<RemarkList>()({ input: noInput, access: 'journal.writeOwn', mutates: false }),
  /** The teacher of the class subject (or of one of its subgroups) marks a remark fixed. */
  'remarks.fix': call<RemarkRow>()({
    input: z.object({ remarkId: id, note: optionalText(maxRemarkText) }).strict(),
    access: 'journal.writeOwn',
    mutates: true,
  }),
};
