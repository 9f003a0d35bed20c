import type { PlanTopicRow, TopicDraft } from '../../../src-main/api/contract/plan';

/** One line of the plan's table as typed: text until saved, so that "1,5" and a half-typed date survive. */
export interface DraftRow {
  /** The row's identity on the screen (React key, input ids), stable while rows move. */
  key: number;
  topicId?: number;
  title: string;
  hours: string;
  plannedDate: string;
  section: string;
  lessonCount: number;
}

let lastKey = 0;
const nextKey = () => (lastKey += 1);

/** Hours as written here: a decimal comma, no trailing zeros. */
export function hoursText(hours: number): string {
  return String(hours).replace('.', ',');
}

/** Hours as typed: "1,5" (the decimal comma people use) or "1.5"; NaN for nothing sensible. */
export function parseHours(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function rowsOf(topics: readonly (Omit<PlanTopicRow, 'topicId' | 'lessonCount'> & Partial<PlanTopicRow>)[]) {
  return topics.map((t): DraftRow => ({
    key: nextKey(),
    ...(t.topicId !== undefined ? { topicId: t.topicId } : {}),
    title: t.title,
    hours: hoursText(t.hours),
    plannedDate: t.plannedDate ?? '',
    section: t.section ?? '',
    lessonCount: t.lessonCount ?? 0,
  }));
}

/** A new row continues the section of the row above it: topics of one section come together. */
export function blankRow(previous?: DraftRow): DraftRow {
  return { key: nextKey(), title: '', hours: '1', plannedDate: '', section: previous?.section ?? '', lessonCount: 0 };
}

/** What plan.save takes. Unreadable hours go as NaN (sent as null), which the API names per row. */
export function toInput(rows: DraftRow[]): TopicDraft[] {
  return rows.map((r) => ({
    ...(r.topicId !== undefined ? { topicId: r.topicId } : {}),
    title: r.title,
    hours: parseHours(r.hours),
    plannedDate: r.plannedDate || null,
    ...(r.section.trim() ? { section: r.section } : {}),
  }));
}

/** The draft's hours, counting only what reads as hours. */
export function draftHours(rows: DraftRow[]): number {
  const sum = rows.reduce((s, r) => s + (Number.isFinite(parseHours(r.hours)) ? parseHours(r.hours) : 0), 0);
  return Math.round(sum * 100) / 100;
}

export function moveRow(rows: DraftRow[], index: number, delta: -1 | 1): DraftRow[] {
  const target = index + delta;
  if (target < 0 || target >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row) next.splice(target, 0, row);
  return next;
}

/** Whether the draft says something other than the stored plan. */
export function sameAsStored(rows: DraftRow[], topics: PlanTopicRow[]): boolean {
  const stored = rowsOf(topics).map(({ key: _k, lessonCount: _l, ...r }) => r);
  const typed = rows.map(({ key: _k, lessonCount: _l, ...r }) => r);
  return JSON.stringify(stored) === JSON.stringify(typed);
}
