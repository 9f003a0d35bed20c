import { useCallback, useState } from 'react';
import type { SessionUser } from '../../../src-main/api/contract';
import type { LoadRow } from '../../../src-main/api/contract/structure';
import type { ClassTimetable, TimetableWarnings } from '../../../src-main/api/contract/timetable';
import { api } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { useFetched } from './useFetched';
import { VersionsList } from './VersionsList';
import { WarningsPanel } from './WarningsPanel';
import { WeekEditor } from './WeekEditor';
import { WeekView } from './WeekView';

/** What the deputy last did with the editor: the warnings of a checked draft, or of the saved week. */
type Outcome =
  | { kind: 'checked'; warnings: TimetableWarnings }
  | { kind: 'saved'; warnings: TimetableWarnings; from: string; count: number };

/**
 * One class's week on a date: editable for whoever sets the year up (while the year is open), read
 * for everyone else; its warnings and the dates it changed on.
 */
export function ClassWeek({
  user,
  classId,
  on,
  onDate,
}: {
  user: SessionUser;
  classId: number;
  /** Null: today, as the program's clock has it. */
  on: string | null;
  onDate(date: string): void;
}) {
  const { t, format } = useI18n();
  const canManage = user.permissions.includes('year.manage');
  const seesWarnings = canManage || user.permissions.includes('journal.readAll');
  const fetchWeek = useCallback(() => api()['timetable.ofClass']({ classId, ...(on ? { on } : {}) }), [classId, on]);
  const week = useFetched<ClassTimetable | null>(fetchWeek, null);
  const fetchLoad = useCallback(() => api()['load.list']({ classId }), [classId]);
  const load = useFetched<LoadRow[]>(fetchLoad, []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const shown = week.value;

  function pick(date: string) {
    setOutcome(null);
    if (date) onDate(date);
  }

  return (
    <>
      <Field
        label={t('timetable.on')}
        path="on"
        type="date"
        value={on ?? shown?.on ?? ''}
        onChange={pick}
        error={week.error}
      />
      <ErrorNotice error={week.error ?? load.error} />
      {shown ? (
        <>
          {canManage && !shown.year.closed ? (
            <WeekEditor
              key={`${shown.classId}|${shown.on}|${shown.slots.map((s) => s.slotId).join(',')}`}
              week={shown}
              load={load.value}
              onChecked={(warnings) => setOutcome({ kind: 'checked', warnings })}
              onSaved={(saved) => {
                week.setValue(saved);
                setOutcome({ kind: 'saved', warnings: saved.warnings, from: saved.on, count: saved.inserted });
                onDate(saved.on);
              }}
            />
          ) : (
            <>
              <p className="muted">{t(shown.year.closed ? 'timetable.yearClosed' : 'timetable.readOnly')}</p>
              {shown.slots.length === 0 ? <p className="muted">{t('timetable.emptyWeek')}</p> : null}
              <WeekView
                caption={t('timetable.week', { class: shown.className, date: format.date(shown.on) })}
                slots={shown.slots}
              />
            </>
          )}
          <SuccessNotice
            text={
              outcome?.kind === 'saved'
                ? t('timetable.saved', { date: format.date(outcome.from), count: outcome.count })
                : null
            }
          />
          {seesWarnings ? (
            <WarningsPanel
              title={t(
                outcome?.kind === 'checked'
                  ? 'timetable.warningsOfDraft'
                  : outcome?.kind === 'saved'
                    ? 'timetable.warningsOfSaved'
                    : 'timetable.warningsOfWeek',
              )}
              warnings={outcome?.warnings ?? shown.warnings}
            />
          ) : null}
          <VersionsList versions={shown.versions} on={shown.on} onPick={pick} />
        </>
      ) : null}
    </>
  );
}
