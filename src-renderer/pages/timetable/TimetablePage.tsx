import { useCallback, useId, useState } from 'react';
import type { SessionUser } from '../../../src-main/api/contract';
import type { ClassRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { ClassWeek } from './ClassWeek';
import { MyWeek } from './MyWeek';
import { useFetched } from './useFetched';

/**
 * The timetable (004 §4.9.2): a class's week on a date, which the deputy edits with changes from a
 * date on; a teacher also sees their own week across classes.
 */
export function TimetablePage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const selectId = useId();
  const classes = useFetched<ClassRow[] | null>(
    useCallback(() => api()['classes.list'](), []),
    null,
  );
  const [chosen, setChosen] = useState<number | null>(null);
  const [on, setOn] = useState<string | null>(null);
  const classId = chosen ?? classes.value?.[0]?.id ?? null;

  return (
    <main className="page tt-page">
      <h1>{t('timetable.title')}</h1>
      <ErrorNotice error={classes.error} />
      <div className="toolbar tt-pickers">
        <div className="field">
          <label htmlFor={selectId}>{t('timetable.class')}</label>
          <select id={selectId} value={classId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
            {(classes.value ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {classes.value?.length === 0 ? <p className="muted">{t('timetable.noClasses')}</p> : null}
      {classId === null ? null : <ClassWeek key={classId} user={user} classId={classId} on={on} onDate={setOn} />}
      {user.permissions.includes('journal.writeOwn') ? <MyWeek on={on} /> : null}
    </main>
  );
}
