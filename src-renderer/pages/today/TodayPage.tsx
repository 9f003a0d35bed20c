import { useEffect, useId, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { JournalChoices } from '../../../src-main/api/contract/journal';
import type { TeacherWeek } from '../../../src-main/api/contract/timetable';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { dayLessons, periodOn, type DayLesson } from './day-lessons';
import { LessonEntry } from './LessonEntry';
import './today.css';

/**
 * A teacher's day, one lesson at a time: the timetable's lessons of the date, then for the one chosen
 * its topic and homework, who is absent and the marks, with large targets for a phone in the
 * classroom. Writes go through the same calls and rules as the journal grid.
 */
export function TodayPage() {
  const { t, lang } = useI18n();
  const ids = useId();
  const [choices, setChoices] = useState<JournalChoices | null>(null);
  const [week, setWeek] = useState<TeacherWeek | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [open, setOpen] = useState<DayLesson | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  useEffect(() => {
    void call(api()['journal.choices']()).then((r) => {
      if (!r.ok) return setError(r.error);
      setChoices(r.value);
      setDate(r.value.today);
    });
  }, []);
  useEffect(() => {
    if (!date) return;
    void call(api()['timetable.ofTeacher']({ on: date })).then((r) => (r.ok ? setWeek(r.value) : setError(r.error)));
  }, [date]);

  if (error)
    return (
      <main className="page today">
        <ErrorNotice error={error} />
      </main>
    );
  if (!choices || !date) return <p className="page muted">{t('today.loading')}</p>;
  const periodId = periodOn(choices, date);
  const subjectName = (s: { nameKy: string; nameRu: string }) => (lang === 'ky' ? s.nameKy : s.nameRu);

  if (open && periodId !== null) {
    return (
      <main className="page today">
        <button type="button" className="today-back" onClick={() => setOpen(null)}>
          {t('today.back')}
        </button>
        <LessonEntry key={open.key} lesson={open} date={date} periodId={periodId} />
      </main>
    );
  }
  const lessons = week ? dayLessons(week, choices, date) : [];
  const others = choices.journals.filter((j) => j.own || j.substitute);
  return (
    <main className="page today">
      <h1>{t('today.title')}</h1>
      <div className="field">
        <label htmlFor={`${ids}-date`}>{t('today.date')}</label>
        <input
          id={`${ids}-date`}
          type="date"
          value={date}
          onChange={(e) => e.target.value && setDate(e.target.value)}
        />
      </div>
      {periodId === null ? <p className="muted">{t('today.noPeriod')}</p> : null}
      {week && lessons.length === 0 ? <p className="muted">{t('today.none')}</p> : null}
      <ul className="today-lessons">
        {lessons.map((l) => (
          <li key={l.key}>
            <button type="button" disabled={periodId === null} onClick={() => setOpen(l)}>
              <span className="today-no">{t('today.lessonNo', { n: l.lessonNumber })}</span>
              <strong>{l.className}</strong> {subjectName(l.subject)}
              {l.subgroupName ? <span className="muted"> · {l.subgroupName}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && periodId !== null ? (
        <div className="field">
          <label htmlFor={`${ids}-other`}>{t('today.other')}</label>
          <select
            id={`${ids}-other`}
            value=""
            onChange={(e) => {
              const j = others.find((o) => String(o.classSubjectId) === e.target.value);
              if (!j) return;
              const subgroupId = j.ownWhole ? null : (j.ownSubgroupIds[0] ?? null);
              setOpen({
                key: `other:${j.classSubjectId}`,
                classSubjectId: j.classSubjectId,
                subgroupId,
                lessonNumber: 0,
                className: j.className,
                subject: j.subject,
                subgroupName: j.subgroups.find((g) => g.subgroupId === subgroupId)?.name ?? null,
              });
            }}
          >
            <option value="">{t('today.otherPick')}</option>
            {others.map((j) => (
              <option key={j.classSubjectId} value={j.classSubjectId}>
                {j.className} {subjectName(j.subject)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </main>
  );
}
