import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../../src-main/api/contract';
import type { FillingReport } from '../../../../src-main/api/contract/control-filling';
import type { JournalChoices } from '../../../../src-main/api/contract/journal';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/i18n';
import { FillingLines, hasProblem } from './FillingLines';
import { FillingTeachers } from './FillingTeachers';

/**
 * Filling control on screen: a range (the current quarter up to today by default), a class and a
 * teacher to narrow it, the lines or the per-teacher sums; each line opens its journal page.
 */
export function FillingTab({ user }: { user: SessionUser }) {
  const { t, format } = useI18n();
  const ids = useId();
  const [choices, setChoices] = useState<JournalChoices | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [classId, setClassId] = useState('');
  const [teacherId, setTeacherId] = useState('');
  const [byTeacher, setByTeacher] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(true);
  const [report, setReport] = useState<FillingReport | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (range: { from: string; to: string }) => {
    setBusy(true);
    const r = await call(
      api()['control.filling']({
        ...range,
        ...(classId ? { classId: Number(classId) } : {}),
        ...(teacherId ? { teacherId: Number(teacherId) } : {}),
      }),
    );
    setBusy(false);
    setError(r.ok ? null : r.error);
    setReport(r.ok ? r.value : null);
  };

  useEffect(() => {
    void call(api()['journal.choices']()).then((r) => {
      if (!r.ok) return setError(r.error);
      setChoices(r.value);
      const current = r.value.periods.find((p) => p.periodId === r.value.currentPeriodId);
      const range = { from: current?.startsOn ?? r.value.today, to: r.value.today };
      setFrom(range.from);
      setTo(range.to);
      void load(range);
    });
    // Loaded once on opening with the default range; later loads are the form's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void load({ from, to });
  };
  const classes = [...new Map((choices?.journals ?? []).map((j) => [j.classId, j.className])).entries()];
  const lines = report ? (onlyProblems ? report.lines.filter(hasProblem) : report.lines) : [];

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('filling.title')}</h2>
      <form className="toolbar" onSubmit={submit}>
        <Field label={t('filling.from')} path="from" type="date" value={from} onChange={setFrom} error={error} />
        <Field label={t('filling.to')} path="to" type="date" value={to} onChange={setTo} error={error} />
        <div className="field">
          <label htmlFor={`${ids}-class`}>{t('filling.class')}</label>
          <select id={`${ids}-class`} value={classId} onChange={(e) => setClassId(e.target.value)}>
            <option value="">{t('filling.all')}</option>
            {classes.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-teacher`}>{t('filling.teacher')}</label>
          <select id={`${ids}-teacher`} value={teacherId} onChange={(e) => setTeacherId(e.target.value)}>
            <option value="">{t('filling.all')}</option>
            {(choices?.teachers ?? []).map((p) => (
              <option key={p.staffId} value={p.staffId}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('filling.show')}
        </button>
      </form>
      <ErrorNotice error={error && !error.fields ? error : null} />
      {busy ? <p className="muted">{t('filling.loading')}</p> : null}
      {report ? (
        <>
          <p>
            {t('filling.until', {
              from: format.date(report.from),
              until: format.date(report.until),
              year: report.year.title,
            })}
          </p>
          <div className="toolbar" role="group">
            <label>
              <input type="radio" checked={!byTeacher} onChange={() => setByTeacher(false)} /> {t('filling.byLine')}
            </label>
            <label>
              <input type="radio" checked={byTeacher} onChange={() => setByTeacher(true)} /> {t('filling.byTeacher')}
            </label>
            {!byTeacher ? (
              <label>
                <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />{' '}
                {t('filling.onlyProblems')}
              </label>
            ) : null}
          </div>
          {byTeacher ? (
            <FillingTeachers report={report} />
          ) : lines.length ? (
            <FillingLines lines={lines} mayRemark={user.permissions.includes('journal.correct')} />
          ) : (
            <p className="muted">{t('filling.none')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
