import { useId, useState, type FormEvent } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import {
  absenceReasons,
  markKinds,
  type AbsenceReason,
  type AttendanceRow,
  type JournalPage,
  type JournalPagePupil,
  type MarkKindCode,
  type MarkRow,
} from '../../../src-main/api/contract/journal';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { MarkHistoryTable } from './MarkHistoryTable';
import { Modal } from './Modal';
import { pupilName } from './names';

/** A cell whose lesson is entered: the only kind that has marks, attendance and a history. */
export interface OpenCell {
  pupil: JournalPagePupil;
  lesson: JournalPage['lessons'][number];
}

type Write = <T>(request: () => Promise<ApiResult<T>>) => Promise<T | null>;
type Presence = 'present' | 'absent' | 'late';

/**
 * Everything about one cell (Enter on it): its marks with their kinds and comments, the attendance with
 * the absence's reason or the minutes late, and the marks' history. Writes go through the sheet's queue.
 */
export function CellDialog({
  cell,
  marks,
  absence,
  defaultKind,
  marksReadOnly,
  attendanceReadOnly,
  reason,
  write,
  error,
  onClose,
}: {
  cell: OpenCell;
  marks: MarkRow[];
  absence: AttendanceRow | undefined;
  defaultKind: MarkKindCode;
  marksReadOnly: boolean;
  /** A class teacher may excuse an absence in a lesson they do not teach: attendance stays open to them. */
  attendanceReadOnly: boolean;
  reason: string;
  write: Write;
  error: ApiErrorBody | null;
  onClose(): void;
}) {
  const { t, format } = useI18n();
  const ids = useId();
  const { lesson, pupil } = cell;
  const [value, setValue] = useState('');
  const [kind, setKind] = useState<MarkKindCode>(defaultKind);
  const [comment, setComment] = useState('');
  const [presence, setPresence] = useState<Presence>(absence?.status ?? 'present');
  const [reasonKind, setReasonKind] = useState<AbsenceReason>(absence?.reasonKind ?? 'unexcused');
  const [absenceReason, setAbsenceReason] = useState(absence?.reason ?? '');
  const [lateMinutes, setLateMinutes] = useState(absence?.lateMinutes ? String(absence.lateMinutes) : '');
  const [historyVersion, setHistoryVersion] = useState(0);
  const correction = reason.trim() ? { reason: reason.trim() } : {};
  const cellIds = { lessonId: lesson.lessonId, studentId: pupil.studentId };

  const setMark = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await write(() =>
      api()['journal.markSet']({
        ...cellIds,
        value,
        kind,
        ...(comment.trim() ? { comment } : {}),
        ...correction,
        // What this dialog showed: a colleague's change since then is refused, not overwritten.
        expected: marks.find((m) => m.kind === kind)?.value ?? null,
      }),
    );
    if (saved) {
      setValue('');
      setComment('');
      setHistoryVersion((v) => v + 1);
    }
  };
  const clearMark = async (markId: number) => {
    const expected = marks.find((m) => m.markId === markId)?.value;
    const cleared = await write(() =>
      api()['journal.markClear']({ markId, ...correction, ...(expected !== undefined ? { expected } : {}) }),
    );
    if (cleared) setHistoryVersion((v) => v + 1);
  };
  const saveAttendance = async (e: FormEvent) => {
    e.preventDefault();
    await write(() =>
      api()['journal.attendanceSet']({
        ...cellIds,
        status: presence === 'present' ? null : presence,
        reasonKind,
        ...(absenceReason.trim() ? { reason: absenceReason } : {}),
        ...(presence === 'late' && lateMinutes ? { lateMinutes: Number(lateMinutes) } : {}),
        ...(reason.trim() ? { correctionReason: reason.trim() } : {}),
        expectedStatus: absence?.status ?? null,
      }),
    );
  };

  return (
    <Modal
      error={error}
      title={t('journal.cellLabel', { pupil: pupilName(pupil), date: format.date(lesson.date) })}
      onClose={onClose}
    >
      <h3>{t('journal.marks')}</h3>
      <ul className="cell-marks">
        {marks.map((m) => (
          <li key={m.markId}>
            <strong>{m.value}</strong> — {t(`markKind.${m.kind}`)}
            {m.comment ? ` (${m.comment})` : ''}
            {!marksReadOnly && (
              <button type="button" className="link" onClick={() => void clearMark(m.markId)}>
                {t('journal.removeMark')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!marksReadOnly && (
        <form className="cell-form" onSubmit={(e) => void setMark(e)}>
          <div className="field">
            <label htmlFor={`${ids}-value`}>{t('journal.markValue')}</label>
            <input id={`${ids}-value`} value={value} onChange={(e) => setValue(e.target.value)} size={4} autoFocus />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-kind`}>{t('journal.markKind')}</label>
            <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MarkKindCode)}>
              {markKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`markKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-comment`}>{t('journal.comment')}</label>
            <input id={`${ids}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <button type="submit" className="primary" disabled={!value.trim()}>
            {t('journal.addMark')}
          </button>
        </form>
      )}

      <h3>{t('journal.attendance')}</h3>
      <form className="cell-form" onSubmit={(e) => void saveAttendance(e)}>
        <div className="field">
          <label htmlFor={`${ids}-presence`}>{t('journal.attendance')}</label>
          <select
            id={`${ids}-presence`}
            value={presence}
            disabled={attendanceReadOnly}
            onChange={(e) => setPresence(e.target.value as Presence)}
          >
            {(['present', 'absent', 'late'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`attendance.${p}`)}
              </option>
            ))}
          </select>
        </div>
        {presence === 'absent' && (
          <div className="field">
            <label htmlFor={`${ids}-reasonKind`}>{t('journal.absenceReasonKind')}</label>
            <select
              id={`${ids}-reasonKind`}
              value={reasonKind}
              disabled={attendanceReadOnly}
              onChange={(e) => setReasonKind(e.target.value as AbsenceReason)}
            >
              {absenceReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`absence.${r}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {presence !== 'present' && (
          <div className="field">
            <label htmlFor={`${ids}-reason`}>{t('journal.absenceReason')}</label>
            <input
              id={`${ids}-reason`}
              value={absenceReason}
              disabled={attendanceReadOnly}
              onChange={(e) => setAbsenceReason(e.target.value)}
            />
          </div>
        )}
        {presence === 'late' && (
          <div className="field">
            <label htmlFor={`${ids}-late`}>{t('journal.lateMinutes')}</label>
            <input
              id={`${ids}-late`}
              type="number"
              min={1}
              max={90}
              value={lateMinutes}
              disabled={attendanceReadOnly}
              onChange={(e) => setLateMinutes(e.target.value)}
            />
          </div>
        )}
        {!attendanceReadOnly && <button type="submit">{t('journal.saveAttendance')}</button>}
      </form>

      <h3>{t('journal.history')}</h3>
      <MarkHistoryTable key={historyVersion} lessonId={lesson.lessonId} studentId={pupil.studentId} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('journal.close')}
        </button>
      </div>
    </Modal>
  );
}
