import { describe, expect, it } from 'vitest';
import { belongsOn, indexPage, keyAction, moveFocus } from '../../src-renderer/pages/journal/sheet-model';

/** The journal grid's keyboard rules, as a teacher types them. */
describe('the journal grid keys', () => {
  it('sets marks with digits and marks absence with н on either layout', () => {
    expect(keyAction({ key: '5' })).toEqual({ type: 'mark', value: '5' });
    expect(keyAction({ key: 'н' })).toEqual({ type: 'absent' });
    expect(keyAction({ key: 'Н', shiftKey: true })).toEqual({ type: 'absent' });
    expect(keyAction({ key: 'y', code: 'KeyY' })).toEqual({ type: 'absent' });
    // A "y" that is not on the Y key (another layout's letter) means nothing.
    expect(keyAction({ key: 'y', code: 'KeyZ' })).toBeNull();
    expect(keyAction({ key: 'a' })).toBeNull();
  });

  it('leaves shortcuts to the browser', () => {
    expect(keyAction({ key: '5', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowDown', altKey: true })).toBeNull();
  });

  it('moves with arrows and Tab, clears with Delete, opens with Enter', () => {
    expect(keyAction({ key: 'ArrowLeft' })).toEqual({ type: 'move', rows: 0, cols: -1 });
    expect(keyAction({ key: 'Tab', shiftKey: true })).toEqual({ type: 'move', rows: 0, cols: -1 });
    expect(keyAction({ key: 'Delete' })).toEqual({ type: 'clear' });
    expect(keyAction({ key: 'Backspace' })).toEqual({ type: 'clear' });
    expect(keyAction({ key: 'Enter' })).toEqual({ type: 'detail' });
  });

  it('stops at the edges with arrows and wraps rows with Tab', () => {
    const size = { rows: 3, cols: 4 };
    expect(moveFocus({ row: 0, col: 0 }, { rows: -1, cols: 0 }, size, false)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 2, col: 3 }, { rows: 0, cols: 1 }, size, false)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 0, col: 3 }, { rows: 0, cols: 1 }, size, true)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 0 }, { rows: 0, cols: -1 }, size, true)).toEqual({ row: 0, col: 3 });
    expect(moveFocus({ row: 2, col: 3 }, { rows: 0, cols: 1 }, size, true)).toEqual({ row: 2, col: 3 });
  });

  it('knows the days a pupil belonged to the class, a return making two spans', () => {
    const pupil = {
      spans: [
        { from: '2025-09-01', to: '2025-09-20' },
        { from: '2025-10-10', to: null },
      ],
    };
    expect(belongsOn(pupil, '2025-09-20')).toBe(true);
    expect(belongsOn(pupil, '2025-09-21')).toBe(false);
    expect(belongsOn(pupil, '2025-10-10')).toBe(true);
  });

  it('gathers a cell’s marks of several kinds and its absence', () => {
    const mark = (markId: number, kind: 'general' | 'control') => ({
      markId,
      lessonId: 7,
      studentId: 3,
      kind,
      value: '4',
      numeric: 4,
      comment: null,
    });
    const index = indexPage({
      marks: [mark(1, 'general'), mark(2, 'control')],
      attendance: [
        { lessonId: 7, studentId: 4, status: 'late', reasonKind: 'unexcused', reason: null, lateMinutes: 10 },
      ],
    });
    expect(index.marks.get('7:3')?.map((m) => m.kind)).toEqual(['general', 'control']);
    expect(index.attendance.get('7:4')?.lateMinutes).toBe(10);
    expect(index.attendance.has('7:3')).toBe(false);
  });
});
