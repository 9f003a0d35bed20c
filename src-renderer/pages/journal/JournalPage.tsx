import { useEffect, useId, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../src-main/api/contract';
import type { JournalChoices } from '../../../src-main/api/contract/journal';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n, type I18n } from '../../i18n/i18n';
import { JournalSheet, type SheetMode } from './JournalSheet';
import type { JournalTarget } from '../../navigation';
import { RemarkButton } from '../control/remarks/RemarkButton';
import './journal.css';

type Period = JournalChoices['periods'][number];

export function periodName(p: Pick<Period, 'kind' | 'number'>, t: I18n['t']): string {
  if (p.kind === 'quarter') return t('journal.quarter', { number: p.number });
  if (p.kind === 'half_year') return t('journal.halfYear', { number: p.number });
  return t('journal.year');
}

/** The period a date falls in: its quarter when there is one, else the first period holding it. */
function periodOfDate(periods: Period[], date: string): Period | undefined {
  const holding = periods.filter((p) => p.startsOn <= date && date <= p.endsOn);
  return holding.find((p) => p.kind === 'quarter') ?? holding[0];
}

/**
 * The journal screen: choose a class subject (a teacher sees their own, the deputy and the director
 * every one), a subgroup where the class is split, and a period; the page opens below. Another screen
 * may open it at a page (`initial`: filling control's lines).
 */
export function JournalPage({ user, initial = null }: { user: SessionUser; initial?: JournalTarget | null }) {
  const { t, lang } = useI18n();
  const ids = useId();
  const [choices, setChoices] = useState<JournalChoices | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [classSubjectId, setClassSubjectId] = useState<number | null>(null);
  const [subgroupId, setSubgroupId] = useState<number | null>(null);
  const [periodId, setPeriodId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void call(api()['journal.choices']()).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      setChoices(r.value);
      setPeriodId(r.value.currentPeriodId);
      if (r.value.journals.length === 1) setClassSubjectId(r.value.journals[0]?.classSubjectId ?? null);
      if (initial) {
        setClassSubjectId(initial.classSubjectId);
        setSubgroupId(initial.subgroupId);
        setPeriodId(periodOfDate(r.value.periods, initial.date)?.periodId ?? r.value.currentPeriodId);
      }
    });
    return () => {
      live = false;
    };
  }, [initial]);

  if (error) return <ErrorNotice error={error} />;
  if (!choices) return <p className="muted">{t('journal.loading')}</p>;
  const journal = choices.journals.find((j) => j.classSubjectId === classSubjectId) ?? null;
  const period = choices.periods.find((p) => p.periodId === periodId) ?? null;
  const subject = (j: (typeof choices.journals)[number]) => (lang === 'ky' ? j.subject.nameKy : j.subject.nameRu);
  const writesOwn = user.permissions.includes('journal.writeOwn');
  // A teacher of one subgroup only (not the class subject's teacher, nor its class teacher or a
  // substitute there) opens only her group's pages (004 §4.14.13).
  const groupOnly =
    !!journal &&
    !user.permissions.includes('journal.readAll') &&
    !journal.ownWhole &&
    !journal.classTeacher &&
    !journal.substitute &&
    journal.ownSubgroupIds.length > 0;
  const shownGroupId = groupOnly && journal ? (subgroupId ?? journal.ownSubgroupIds[0] ?? null) : subgroupId;
  const ownsPage =
    !!journal &&
    (journal.ownWhole ||
      journal.substitute ||
      (shownGroupId !== null && journal.ownSubgroupIds.includes(shownGroupId)));
  const mode: SheetMode =
    !journal || choices.year?.closed
      ? 'read'
      : user.permissions.includes('journal.correct') || (writesOwn && ownsPage)
        ? 'write'
        : writesOwn && journal.classTeacher
          ? 'excuse'
          : 'read';

  return (
    <section className="page journal-page">
      <h1>{t('journal.title')}</h1>
      {!choices.year && <p className="notice notice-info">{t('journal.noYear')}</p>}
      {choices.year && choices.journals.length === 0 && <p className="notice notice-info">{t('journal.noJournals')}</p>}
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${ids}-journal`}>{t('journal.pick')}</label>
          <select
            id={`${ids}-journal`}
            value={classSubjectId ?? ''}
            onChange={(e) => {
              setClassSubjectId(e.target.value ? Number(e.target.value) : null);
              setSubgroupId(null);
            }}
          >
            <option value="">{t('journal.pickPrompt')}</option>
            {choices.journals.map((j) => (
              <option key={j.classSubjectId} value={j.classSubjectId}>
                {j.className} — {subject(j)}
                {j.teacherName ? ` (${j.teacherName})` : ''}
              </option>
            ))}
          </select>
        </div>
        {journal && journal.subgroups.length > 0 && (
          <div className="field">
            <label htmlFor={`${ids}-group`}>{t('journal.subgroup')}</label>
            <select
              id={`${ids}-group`}
              value={shownGroupId ?? ''}
              onChange={(e) => setSubgroupId(e.target.value ? Number(e.target.value) : null)}
            >
              {!groupOnly && <option value="">{t('journal.wholeClass')}</option>}
              {journal.subgroups
                .filter((g) => !groupOnly || journal.ownSubgroupIds.includes(g.subgroupId))
                .map((g) => (
                  <option key={g.subgroupId} value={g.subgroupId}>
                    {g.name}
                    {g.teacherName ? ` (${g.teacherName})` : ''}
                  </option>
                ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-period`}>{t('journal.period')}</label>
          <select id={`${ids}-period`} value={periodId ?? ''} onChange={(e) => setPeriodId(Number(e.target.value))}>
            {choices.periods.map((p) => (
              <option key={p.periodId} value={p.periodId}>
                {periodName(p, t)}
              </option>
            ))}
          </select>
        </div>
        {journal && user.permissions.includes('journal.correct') && (
          <RemarkButton classSubjectId={journal.classSubjectId} />
        )}
      </div>
      {journal && period && (
        <JournalSheet
          key={`${journal.classSubjectId}:${shownGroupId}:${period.periodId}`}
          user={user}
          query={{ classSubjectId: journal.classSubjectId, subgroupId: shownGroupId, periodId: period.periodId }}
          mode={mode}
          periodLabel={periodName(period, t)}
          teachers={choices.teachers}
          today={choices.today}
          substituteAs={journal.substitute && !journal.own ? choices.myStaffId : null}
        />
      )}
    </section>
  );
}
