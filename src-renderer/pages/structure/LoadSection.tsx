import { useCallback, useId, useState } from 'react';
import type { ClassRow, LoadRow, StaffRow, SubjectRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { AddLoadForm } from './AddLoadForm';
import { LoadLineRow } from './LoadLineRow';
import { useLoaded } from './useLoaded';

/** The teaching load of one class at a time: what is taught, by whom, how many hours a week. */
export function LoadSection({
  classes,
  subjects,
  staff,
}: {
  classes: ClassRow[];
  subjects: SubjectRow[];
  staff: StaffRow[];
}) {
  const { t, format } = useI18n();
  const selectId = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const classId = chosen ?? classes[0]?.id ?? null;
  const fetch = useCallback(() => api()['load.list'](classId === null ? {} : { classId }), [classId]);
  const load = useLoaded<LoadRow[]>(fetch, []);
  const lines = classId === null ? [] : load.value.filter((l) => l.classId === classId);
  const total = lines.reduce((sum, l) => sum + l.hoursPerWeek, 0);

  return (
    <section aria-label={t('structure.load')}>
      <div className="field">
        <label htmlFor={selectId}>{t('load.class')}</label>
        <select id={selectId} value={classId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {classId === null ? <option value="">{t('load.chooseClass')}</option> : null}
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={load.error} />
      {classId === null ? null : (
        <>
          <AddLoadForm classId={classId} subjects={subjects} staff={staff} onAdded={() => void load.reload()} />
          {lines.length === 0 ? <p className="muted">{t('load.empty')}</p> : null}
          <table className="table">
            <thead>
              <tr>
                <th>{t('load.subject')}</th>
                <th>{t('load.teacher')}</th>
                <th>{t('load.hours')}</th>
                <th>{t('load.subgroups')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <LoadLineRow key={line.id} line={line} staff={staff} onChanged={() => void load.reload()} />
              ))}
            </tbody>
          </table>
          <p className="muted">{t('load.total', { hours: format.number(total, Number.isInteger(total) ? 0 : 1) })}</p>
        </>
      )}
    </section>
  );
}
