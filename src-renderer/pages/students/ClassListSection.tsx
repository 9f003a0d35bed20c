import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../src-main/api/contract';
import type { ClassChoice, ClassList } from '../../../src-main/api/contract/students';
import { api, call } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { AddPupilForm } from './AddPupilForm';
import { ClassListTable } from './ClassListTable';
import { ClassPicker } from './ClassPicker';
import { PupilPanel } from './PupilPanel';
import type { ImportFile } from '../../../src-main/api/contract/imports';
import { downloadBase64 } from '../../components/files';
import { useSubmit } from '../../components/useSubmit';
import { manageMode, today } from './manage';

type Panel = { kind: 'none' } | { kind: 'add' } | { kind: 'pupil'; studentId: number };

/** Pick a class and a date, see who was in it that day; add pupils and open their cards. */
export function ClassListSection({ user }: { user: SessionUser }) {
  const { t, format } = useI18n();
  const [classes, setClasses] = useState<ClassChoice[] | null>(null);
  const [classId, setClassId] = useState<number | null>(null);
  const [onDate, setOnDate] = useState(today);
  const [list, setList] = useState<ClassList | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);

  const loadClasses = useCallback(async () => {
    const result = await call(api()['students.classes']());
    if (result.ok) setClasses(result.value);
    else setError(result.error);
  }, []);

  const loadList = useCallback(async () => {
    // An unfinished date in the input (the user is still typing) keeps the list as it was.
    if (classId === null || !/^\d{4}-\d{2}-\d{2}$/.test(onDate)) return;
    const result = await call(api()['students.list']({ classId, onDate }));
    if (result.ok) {
      setList(result.value);
      setError(null);
    } else setError(result.error);
  }, [classId, onDate]);

  useEffect(() => {
    // Loading what the screen shows on arrival is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadClasses();
  }, [loadClasses]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadList();
  }, [loadList]);

  const chosen = classes?.find((c) => c.classId === classId) ?? null;
  const exporting = useSubmit<ImportFile>();
  async function exportList(id: number) {
    const file = await exporting.run(() => api()['import.exportClass']({ classId: id }));
    if (file) downloadBase64(file.fileName, file.contentBase64);
  }
  const mode = manageMode(user, chosen);
  const refresh = () => {
    void loadList();
    void loadClasses();
  };

  if (classes && classes.length === 0) return <p className="notice notice-info">{t('students.noClasses')}</p>;
  return (
    <>
      <ErrorNotice error={error} />
      <div className="toolbar no-print grid-2">
        <ClassPicker
          classes={classes ?? []}
          value={classId}
          label={t('students.class')}
          onChange={(id) => {
            setClassId(id);
            setList(null);
            setPanel({ kind: 'none' });
            setNotice(null);
          }}
        />
        <Field label={t('students.onDate')} path="onDate" type="date" value={onDate} onChange={setOnDate} />
      </div>
      {chosen ? (
        <div className="toolbar no-print">
          {mode ? (
            <button type="button" className="primary" onClick={() => setPanel({ kind: 'add' })}>
              {t('students.add')}
            </button>
          ) : null}
          <button type="button" disabled={exporting.busy} onClick={() => void exportList(chosen.classId)}>
            {t('students.exportXlsx')}
          </button>
        </div>
      ) : null}
      <ErrorNotice error={exporting.error} />
      <SuccessNotice text={notice} />
      {chosen && mode && panel.kind === 'add' ? (
        <AddPupilForm
          classChoice={chosen}
          onCancel={() => setPanel({ kind: 'none' })}
          onCreated={(pupil) => {
            setNotice(t('students.created', { name: `${pupil.card.surname} ${pupil.card.name}` }));
            refresh();
          }}
        />
      ) : null}
      {panel.kind === 'pupil' ? (
        <PupilPanel
          key={panel.studentId}
          user={user}
          studentId={panel.studentId}
          classes={classes ?? []}
          onChanged={refresh}
          onClose={() => setPanel({ kind: 'none' })}
        />
      ) : null}
      {list && list.classId === classId ? (
        <>
          <p className="muted" role="status">
            {t('students.count', { date: format.date(list.onDate), count: list.pupils.length })}
          </p>
          <ClassListTable
            list={list}
            onOpen={(studentId) => {
              setNotice(null);
              setPanel({ kind: 'pupil', studentId });
            }}
          />
        </>
      ) : null}
    </>
  );
}
