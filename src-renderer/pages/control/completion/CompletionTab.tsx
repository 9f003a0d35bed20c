import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../../src-main/api/contract';
import type { CompletionReport } from '../../../../src-main/api/contract/control-completion';
import type { PrintPeriod } from '../../../../src-main/api/contract/print';
import { schoolDay } from '../../../../src-main/api/contract/school-day';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { CompletionTables } from './CompletionTables';
import { PrintButton } from './PrintButton';
import { quarterUnderWay, yearPeriods, type YearPeriod } from '../year-periods';
import './completion.css';

interface PeriodChoice extends YearPeriod {
  label: string;
}

/**
 * Programme completion on the deputy's desk: for a quarter, half-year or the year up to today, per
 * teacher and per class subject, how far the lessons are behind the plan and which topics are still
 * to be taught. A teacher sees their own lines (the server decides).
 */
export function CompletionTab({ user }: { user: SessionUser }) {
  const { t, format } = useI18n();
  const ids = useId();
  const [periods, setPeriods] = useState<PeriodChoice[] | null>(null);
  const [code, setCode] = useState<PrintPeriod>('year');
  const [classId, setClassId] = useState<number | null>(null);
  const [teacherId, setTeacherId] = useState<number | null>(null);
  const [report, setReport] = useState<CompletionReport | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  const loadPeriods = useCallback(async () => {
    const result = await call(api()['years.list']());
    if (!result.ok) return setError(result.error);
    const year = result.value.find((y) => y.isCurrent);
    if (!year) return setPeriods([]);
    const list: PeriodChoice[] = yearPeriods(year).map((p) => ({
      ...p,
      label:
        p.kind === 'quarter'
          ? t('control.completion.quarter', { n: p.number })
          : p.kind === 'halfYear'
            ? t('control.completion.halfYear', { n: p.number })
            : t('control.completion.year'),
    }));
    setPeriods(list);
    // The quarter under way: what the deputy checks. The server's day (a whole-year report's).
    const yearReport = await call(api()['control.completion']({}));
    const now = yearReport.ok ? yearReport.value.asOf : schoolDay(new Date());
    setCode(quarterUnderWay(list, now)?.code ?? 'year');
  }, [t]);

  const chosen = periods?.find((p) => p.code === code) ?? null;
  const loadReport = useCallback(async () => {
    if (!chosen) return;
    const result = await call(
      api()['control.completion'](chosen.periodId === null ? {} : { periodId: chosen.periodId }),
    );
    if (!result.ok) return setError(result.error);
    setReport(result.value);
    setError(null);
  }, [chosen]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadPeriods();
  }, [loadPeriods]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadReport();
  }, [loadReport]);

  // The class and teacher choices are those of the report: a teacher is offered only their own.
  const classes = report?.byClass ?? [];
  const teachers = useMemo(() => (report?.byTeacher ?? []).flatMap((g) => (g.teacher ? [g.teacher] : [])), [report]);
  const lines = (report?.lines ?? []).filter(
    (l) => (classId === null || l.classId === classId) && (teacherId === null || l.teacher?.staffId === teacherId),
  );
  const id = (name: string) => `${ids}-${name}`;

  if (periods && !periods.length) return <p className="muted">{t('control.completion.noYear')}</p>;
  return (
    <section aria-label={t('control.tab.completion')}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={id('period')}>{t('control.completion.period')}</label>
          <select id={id('period')} value={code} onChange={(e) => setCode(e.target.value as PrintPeriod)}>
            {(periods ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('class')}>{t('control.completion.class')}</label>
          <select id={id('class')} value={classId ?? ''} onChange={(e) => setClassId(Number(e.target.value) || null)}>
            <option value="">{t('control.completion.allClasses')}</option>
            {classes.map((c) => (
              <option key={c.classId} value={c.classId}>
                {c.className}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('teacher')}>{t('control.completion.teacher')}</label>
          <select
            id={id('teacher')}
            value={teacherId ?? ''}
            onChange={(e) => setTeacherId(Number(e.target.value) || null)}
          >
            <option value="">{t('control.completion.allTeachers')}</option>
            {teachers.map((p) => (
              <option key={p.staffId} value={p.staffId}>
                {p.fullName}
              </option>
            ))}
          </select>
        </div>
        {user.permissions.includes('print') ? (
          <div className="field">
            <PrintButton
              input={{ kind: 'completion', period: code, on: report?.asOf ?? '', ...(classId ? { classId } : {}) }}
              disabled={!report?.lines.length}
            />
          </div>
        ) : null}
      </div>
      <ErrorNotice error={error} />
      {report ? (
        <p className="muted">
          {t('control.completion.asOf', { day: format.date(report.asOf) })} {t('control.completion.explain')}
        </p>
      ) : null}
      {report && !lines.length ? <p className="muted">{t('control.completion.empty')}</p> : null}
      {report && lines.length ? (
        <CompletionTables report={report} lines={lines} showTeachers={classId === null && teacherId === null} />
      ) : null}
    </section>
  );
}
