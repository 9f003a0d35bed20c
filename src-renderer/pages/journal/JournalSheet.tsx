import { useId, useMemo, useRef, useState } from 'react';
import type { SessionUser } from '../../../src-main/api/contract';
import {
  markKinds,
  type JournalChoices,
  type JournalPage,
  type MarkKindCode,
} from '../../../src-main/api/contract/journal';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SheetNotice } from './SheetNotice';
import { useI18n } from '../../i18n/i18n';
import { CellDialog, type OpenCell } from './CellDialog';
import type { PeriodMarkSheet, PeriodMarkSheetPupil } from '../../../src-main/api/contract/period-marks';
import { JournalGrid, type CellAction, type CellRef, type GridFocus } from './JournalGrid';
import { PeriodMarkDialog } from './PeriodMarkDialog';
import { SubstitutionsDialog } from './SubstitutionsDialog';
import { LessonDialog } from './LessonDialog';
import { belongsOn, cellKey, indexPage, type GridColumn } from './sheet-model';
import { useJournalSheet, type SheetQuery } from './useJournalSheet';

type PageLesson = JournalPage['lessons'][number];

/** Stands for a lesson just created from a planned column until the page is read again. */
const emptyLesson: Omit<PageLesson, 'lessonId'> = {
  subgroupId: null,
  date: '',
  lessonNumber: null,
  planTopicId: null,
  topic: null,
  classWork: null,
  homework: null,
  taughtBy: null,
  isSubstitution: false,
};

/**
 * What the caller may do on the page: everything the edit rule then allows ('write'), only excuse the
 * absences of their own class as its class teacher ('excuse'), or read.
 */
export type SheetMode = 'write' | 'excuse' | 'read';

/**
 * One open journal page: the toolbar (kind of the marks being typed, the deputy's correction reason, a
 * new lesson), the grid, and the lesson and cell dialogs.
 */
export function JournalSheet({
  user,
  query,
  mode,
  periodLabel,
  teachers,
  today,
  substituteAs,
}: {
  user: SessionUser;
  query: SheetQuery;
  mode: SheetMode;
  periodLabel: string;
  teachers: JournalChoices['teachers'];
  /** The school's date by the server's clock. */
  today: string;
  /** The caller's staff id where they only substitute: the lessons they enter are substitutions by them. */
  substituteAs: number | null;
}) {
  const { t } = useI18n();
  const ids = useId();
  const sheet = useJournalSheet(query);
  const { page, periodSheets, write } = sheet;
  const writable = mode === 'write';
  const [focus, setFocus] = useState<GridFocus>({ row: 0, col: 0 });
  const [typingKind, setTypingKind] = useState<MarkKindCode>('general');
  const [reason, setReason] = useState('');
  const [cell, setCell] = useState<OpenCell | null>(null);
  const [substitutionsOpen, setSubstitutionsOpen] = useState(false);
  const [periodOpen, setPeriodOpen] = useState<{ kind: string; studentId: number } | null>(null);
  const [lessonOpen, setLessonOpen] = useState<{
    lesson: PageLesson | null;
    draft?: { date: string; lessonNumber: number | null };
  } | null>(null);
  // Lessons being created from a planned column, by column: a second key press there waits for the first.
  const creating = useRef(new Map<string, Promise<number | null>>());
  const lastTyped = useRef<{ cell: string; value: string } | null>(null);
  const index = useMemo(() => (page ? indexPage(page) : null), [page]);
  const corrects = user.permissions.includes('journal.correct');
  const correction = reason.trim() ? reason.trim() : undefined;

  const refocusGrid = () =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.journal-grid [data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus(),
    );

  /** Keys on the period-mark column: a digit sets the mark, н sets н/а, Delete clears, Enter opens it. */
  const actOnPeriod = (periodSheet: PeriodMarkSheet, pupil: PeriodMarkSheetPupil, action: CellAction) => {
    const open = () => setPeriodOpen({ kind: periodSheet.kind, studentId: pupil.studentId });
    if (action.type === 'detail' || !periodSheet.edit.allowed) return open();
    const key = { classSubjectId: periodSheet.classSubjectId, kind: periodSheet.kind, number: periodSheet.number };
    const withReason = correction ? { reason: correction } : {};
    const ids = { ...key, studentId: pupil.studentId, ...withReason };
    // The mark as the column now stands, read when the write's turn comes (see `seen` below).
    const shown = () =>
      sheet
        .latestPeriodSheets()
        .find((s) => s.kind === periodSheet.kind)
        ?.pupils.find((p) => p.studentId === pupil.studentId)?.mark?.value ?? null;
    if (action.type === 'mark')
      void write(() => api()['periodMarks.set']({ ...ids, value: action.value, expected: shown() }));
    else if (action.type === 'absent')
      void write(() => api()['periodMarks.set']({ ...ids, value: 'н/а', expected: shown() }));
    else if (pupil.mark)
      void write(() => {
        const expected = shown();
        if (expected === null) return Promise.resolve({ ok: true as const, value: null });
        return api()['periodMarks.clear']({ ...ids, expected });
      });
  };

  /** The column's lesson, entered first when the column is only a planned day of the timetable. */
  const lessonOf = (column: GridColumn): Promise<number | null> => {
    if (column.lesson) return Promise.resolve(column.lesson.lessonId);
    const pending = creating.current.get(column.key);
    if (pending) return pending;
    const created = write(() =>
      api()['journal.lessonSave']({
        classSubjectId: query.classSubjectId,
        ...(query.subgroupId !== null ? { subgroupId: query.subgroupId } : {}),
        date: column.date,
        ...(column.lessonNumber !== null ? { lessonNumber: column.lessonNumber } : {}),
        ...(substituteAs !== null ? { isSubstitution: true, taughtBy: substituteAs } : { isSubstitution: false }),
        ...(correction ? { reason: correction } : {}),
      }),
    ).then((saved) => saved?.lessonId ?? null);
    creating.current.set(column.key, created);
    void created.finally(() => creating.current.delete(column.key));
    return created;
  };

  const act = (target: CellRef, action: CellAction) => {
    if (action.type === 'detail') {
      if (target.column.lesson) return setCell({ pupil: target.pupil, lesson: target.column.lesson });
      return setLessonOpen({
        lesson: null,
        draft: { date: target.column.date, lessonNumber: target.column.lessonNumber },
      });
    }
    if (!writable) return;
    // A day not yet come, or one the pupil was not in the class: nothing to enter (and no lesson to create).
    if (target.column.date > today || !belongsOn(target.pupil, target.column.date)) return;
    const lesson = target.column.lesson;
    if (!lesson) {
      // Typing into a planned day enters its lesson, then the mark or absence, in that order; Delete
      // there only undoes what is being entered.
      if (action.type === 'clear' && !creating.current.has(target.column.key)) return;
      void lessonOf(target.column).then((lessonId) => {
        if (lessonId !== null)
          act({ ...target, column: { ...target.column, lesson: { ...emptyLesson, lessonId } } }, action);
      });
      return;
    }
    const ids = { lessonId: lesson.lessonId, studentId: target.pupil.studentId };
    const withReason = correction ? { reason: correction } : {};
    // The cell as the page now stands, read when the write's turn comes (after the writes before it
    // were read back): the server refuses the write if a colleague changed the cell since.
    const seen = () => {
      const current = sheet.latestPage();
      const now = current ? indexPage(current) : null;
      const key = cellKey(ids.lessonId, ids.studentId);
      return { marks: now?.marks.get(key) ?? [], absence: now?.attendance.get(key)?.status ?? null };
    };
    if (action.type === 'mark') {
      // On the 10-point scale "1" then "0" in the same cell is a 10: the second key replaces the 1.
      const typedCell = `${target.column.key}:${target.pupil.studentId}`;
      const previous = lastTyped.current;
      const value =
        page?.scale === 'points' && action.value === '0' && previous?.cell === typedCell && previous.value === '1'
          ? '10'
          : action.value;
      lastTyped.current = { cell: typedCell, value };
      void write(() =>
        api()['journal.markSet']({
          ...ids,
          value,
          kind: typingKind,
          ...withReason,
          expected: seen().marks.find((m) => m.kind === typingKind)?.value ?? null,
        }),
      );
    } else if (action.type === 'absent') {
      void write(() =>
        api()['journal.attendanceSet']({
          ...ids,
          status: 'absent',
          reasonKind: 'unexcused',
          ...(correction ? { correctionReason: correction } : {}),
          expectedStatus: seen().absence,
        }),
      );
    } else {
      // Delete takes away one thing at a time: the mark of the kind being typed, else the last mark, else
      // the absence, so that a slip is undone without wiping the cell. Decided when its turn in the queue
      // comes, on the page as it then stands, so that "5, Delete" typed fast takes back the 5.
      void write<unknown>(() => {
        const { marks, absence } = seen();
        const mark = marks.find((m) => m.kind === typingKind) ?? marks[marks.length - 1];
        if (mark) return api()['journal.markClear']({ markId: mark.markId, ...withReason, expected: mark.value });
        if (absence) {
          return api()['journal.attendanceSet']({
            ...ids,
            status: null,
            reasonKind: 'unexcused',
            ...(correction ? { correctionReason: correction } : {}),
            expectedStatus: absence,
          });
        }
        return Promise.resolve({ ok: true as const, value: null });
      });
    }
  };

  if (!page) {
    return sheet.error ? <ErrorNotice error={sheet.error} /> : <p className="muted">{t('journal.loading')}</p>;
  }
  const openSheet = periodSheets.find((p) => p.kind === periodOpen?.kind);
  const openPeriodPupil = openSheet?.pupils.find((p) => p.studentId === periodOpen?.studentId);
  const draftDate =
    today < page.period.startsOn ? page.period.startsOn : today > page.period.endsOn ? page.period.endsOn : today;
  return (
    <section className="journal-sheet" aria-busy={sheet.busy}>
      <div className="toolbar journal-toolbar">
        {writable && (
          <div className="field">
            <label htmlFor={`${ids}-kind`}>{t('journal.typingKind')}</label>
            <select
              id={`${ids}-kind`}
              value={typingKind}
              onChange={(e) => setTypingKind(e.target.value as MarkKindCode)}
            >
              {markKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`markKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {writable && corrects && (
          <div className="field">
            <label htmlFor={`${ids}-reason`}>{t('journal.correctionReason')}</label>
            <input id={`${ids}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            <span className="field-help">{t('journal.correctionHelp')}</span>
          </div>
        )}
        {writable && (
          <button type="button" onClick={() => setLessonOpen({ lesson: null })}>
            {t('journal.lessonAdd')}
          </button>
        )}
        {writable && corrects && (
          <button type="button" onClick={() => setSubstitutionsOpen(true)}>
            {t('journal.substitutions')}
          </button>
        )}
      </div>
      {mode === 'read' && <p className="notice notice-info">{t('journal.readOnly')}</p>}
      {mode === 'excuse' && <p className="notice notice-info">{t('journal.excuseOnly')}</p>}
      {substituteAs !== null && <p className="notice notice-info">{t('journal.substituteHere')}</p>}
      {page.scale === 'none' && <p className="notice notice-info">{t('journal.noMarksHere')}</p>}
      <SheetNotice error={sheet.error} onDismiss={() => sheet.setError(null)} />
      {writable && <p className="muted journal-keys">{t('journal.keysHelp')}</p>}
      {page.lessons.length === 0 && <p className="muted">{t('journal.noLessons')}</p>}
      <JournalGrid
        page={page}
        periodSheets={periodSheets}
        focus={focus}
        onFocus={setFocus}
        onAction={act}
        onPeriodAction={actOnPeriod}
        onOpenColumn={(column) =>
          setLessonOpen(
            column.lesson
              ? { lesson: column.lesson }
              : { lesson: null, draft: { date: column.date, lessonNumber: column.lessonNumber } },
          )
        }
        periodLabel={periodLabel}
      />
      {cell && index && (
        <CellDialog
          cell={cell}
          marks={index.marks.get(cellKey(cell.lesson.lessonId, cell.pupil.studentId)) ?? []}
          absence={index.attendance.get(cellKey(cell.lesson.lessonId, cell.pupil.studentId))}
          defaultKind={typingKind}
          marksReadOnly={!writable}
          attendanceReadOnly={mode === 'read'}
          reason={reason}
          write={write}
          error={sheet.error}
          onClose={() => {
            setCell(null);
            refocusGrid();
          }}
        />
      )}
      {openSheet && openPeriodPupil && (
        <PeriodMarkDialog
          sheet={openSheet}
          pupil={openPeriodPupil}
          reason={reason}
          write={write}
          error={sheet.error}
          onClose={() => {
            setPeriodOpen(null);
            refocusGrid();
          }}
        />
      )}
      {substitutionsOpen && (
        <SubstitutionsDialog
          classSubjectId={query.classSubjectId}
          today={today}
          teachers={teachers}
          write={write}
          error={sheet.error}
          onClose={() => setSubstitutionsOpen(false)}
        />
      )}
      {lessonOpen && (
        <LessonDialog
          lesson={lessonOpen.lesson}
          draft={lessonOpen.draft ?? { date: draftDate, lessonNumber: null }}
          classSubjectId={query.classSubjectId}
          subgroupId={query.subgroupId}
          teachers={teachers}
          substituteAs={substituteAs}
          readOnly={!writable}
          reason={reason}
          write={write}
          latest={(lessonId) => sheet.latestPage()?.lessons.find((l) => l.lessonId === lessonId) ?? null}
          error={sheet.error}
          onClose={() => {
            setLessonOpen(null);
            refocusGrid();
          }}
        />
      )}
    </section>
  );
}
