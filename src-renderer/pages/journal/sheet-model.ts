import type {
  AttendanceRow,
  JournalPage,
  JournalPagePupil,
  LessonTexts,
  MarkRow,
} from '../../../src-main/api/contract/journal';

/*
 * The journal grid without React: what a cell holds, whether a pupil belongs on a day, and what a key
 * press means. Kept pure so that the keyboard rules are tested without a browser.
 */

export const cellKey = (lessonId: number, studentId: number) => `${lessonId}:${studentId}`;

export interface PageIndex {
  marks: Map<string, MarkRow[]>;
  attendance: Map<string, AttendanceRow>;
}

export function indexPage(page: Pick<JournalPage, 'marks' | 'attendance'>): PageIndex {
  const marks = new Map<string, MarkRow[]>();
  for (const m of page.marks) {
    const key = cellKey(m.lessonId, m.studentId);
    const list = marks.get(key);
    if (list) list.push(m);
    else marks.set(key, [m]);
  }
  const attendance = new Map(page.attendance.map((a) => [cellKey(a.lessonId, a.studentId), a]));
  return { marks, attendance };
}

/** A lesson's texts as a form shows them: what its save says it saw, so a colleague's change is refused. */
export function lessonTexts(l: LessonTexts): LessonTexts {
  return { topic: l.topic, classWork: l.classWork, homework: l.homework };
}

/** Whether the pupil was in the class on that date: a cell outside their spans takes no entry. */
export function belongsOn(pupil: Pick<JournalPagePupil, 'spans'>, date: string): boolean {
  return pupil.spans.some((s) => s.from <= date && (s.to === null || date <= s.to));
}

/** Test marks stand out on paper too: the kinds that weigh as a whole piece of work. */
export const emphasisedKinds = new Set(['control', 'test', 'write']);

export type KeyAction =
  | { type: 'move'; rows: number; cols: number }
  | { type: 'mark'; value: string }
  | { type: 'absent' }
  | { type: 'clear' }
  | { type: 'detail' };

export interface KeyPress {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * A key pressed on a cell. Digits set a mark (the server checks it against the grade's scale); "н" marks
 * the pupil absent, also from the same key on a Latin layout (Y), so the office PC's layout does not matter.
 * Shortcuts with Ctrl, Alt or Cmd are left to the browser.
 */
export function keyAction(e: KeyPress): KeyAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowUp':
      return { type: 'move', rows: -1, cols: 0 };
    case 'ArrowDown':
      return { type: 'move', rows: 1, cols: 0 };
    case 'ArrowLeft':
      return { type: 'move', rows: 0, cols: -1 };
    case 'ArrowRight':
      return { type: 'move', rows: 0, cols: 1 };
    case 'Tab':
      return { type: 'move', rows: 0, cols: e.shiftKey ? -1 : 1 };
    case 'Enter':
      return { type: 'detail' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
  }
  if (/^[0-9]$/.test(e.key)) return { type: 'mark', value: e.key };
  if (e.key === 'н' || e.key === 'Н' || ((e.key === 'y' || e.key === 'Y') && e.code === 'KeyY')) {
    return { type: 'absent' };
  }
  return null;
}

/**
 * The next focused cell. Moving past a row's end with Tab wraps to the next row's first cell, as in a
 * spreadsheet; arrows stop at the edges.
 */
export function moveFocus(
  at: { row: number; col: number },
  move: { rows: number; cols: number },
  size: { rows: number; cols: number },
  wrap: boolean,
): { row: number; col: number } {
  let row = at.row + move.rows;
  let col = at.col + move.cols;
  if (wrap && col >= size.cols && row < size.rows - 1) {
    row += 1;
    col = 0;
  } else if (wrap && col < 0 && row > 0) {
    row -= 1;
    col = size.cols - 1;
  }
  return {
    row: Math.min(Math.max(row, 0), Math.max(size.rows - 1, 0)),
    col: Math.min(Math.max(col, 0), Math.max(size.cols - 1, 0)),
  };
}

/** Day and month, as the journal's column heads print them: 06.10. */
export const dayMonth = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

type PageLesson = JournalPage['lessons'][number];

/** A column of the grid: a lesson entered, or a day the timetable has one that is not entered yet. */
export interface GridColumn {
  key: string;
  date: string;
  lessonNumber: number | null;
  lesson: PageLesson | null;
}

/** Lessons and planned days merged in date order, then by lesson number (a lesson without one first). */
export function gridColumns(page: Pick<JournalPage, 'lessons' | 'plannedLessons'>): GridColumn[] {
  const columns: GridColumn[] = [
    // A lesson entered where a planned day stood keeps the planned column's key, so the cell the
    // teacher is typing in is not replaced (and does not lose the focus) when the lesson is created.
    ...page.lessons.map((lesson) => ({
      key: lesson.lessonNumber === null ? `l${lesson.lessonId}` : `${lesson.date}#${lesson.lessonNumber}`,
      date: lesson.date,
      lessonNumber: lesson.lessonNumber,
      lesson,
    })),
    ...page.plannedLessons.map((p) => ({
      key: `${p.date}#${p.lessonNumber}`,
      date: p.date,
      lessonNumber: p.lessonNumber,
      lesson: null,
    })),
  ];
  return columns.sort((a, b) => a.date.localeCompare(b.date) || (a.lessonNumber ?? -1) - (b.lessonNumber ?? -1));
}
