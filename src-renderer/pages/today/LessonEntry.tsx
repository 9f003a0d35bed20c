import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { markKinds, type LessonTexts, type MarkKindCode } from '../../../src-main/api/contract/journal';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { belongsOn, cellKey, indexPage, lessonTexts } from '../journal/sheet-model';
import { useJournalSheet } from '../journal/useJournalSheet';
import { daySaveInput, markButtons, type DayLesson } from './day-lessons';
import { PupilRow } from './PupilRow';

/**
 * One lesson of the day: topic and homework, then each pupil with an absence toggle and the marks.
 * The page is the journal page of the lesson's quarter, read and written through the same queue as the
 * grid: what the phone shows is what is stored, and a colleague's change is refused, never overwritten.
 */
export function LessonEntry({ lesson, date, periodId }: { lesson: DayLesson; date: string; periodId: number }) {
  const { t, lang, format } = useI18n();
  const ids = useId();
  const sheet = useJournalSheet({ classSubjectId: lesson.classSubjectId, subgroupId: lesson.subgroupId, periodId });
  const { page, write } = sheet;
  const [kind, setKind] = useState<MarkKindCode>('general');
  const [topic, setTopic] = useState('');
  const [homework, setHomework] = useState('');
  const [saved, setSaved] = useState(false);
  const entered = page?.lessons.find(
    (l) =>
      l.date === date &&
      (lesson.lessonNumber === 0 || l.lessonNumber === null || l.lessonNumber === lesson.lessonNumber),
  );
  const enteredId = entered?.lessonId ?? null;

  // What the form was filled from: a save says so, and a colleague's change since is refused, not overwritten.
  const basis = useRef<LessonTexts | null>(null);
  // The form starts from what is stored, once the lesson is known; typing is not overwritten later.
  useEffect(() => {
    if (!entered) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTopic(entered.topic ?? '');
    setHomework(entered.homework ?? '');
    basis.current = lessonTexts(entered);
    // Only a different lesson resets the form.
  }, [enteredId]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!page) {
    return sheet.error ? <ErrorNotice error={sheet.error} /> : <p className="muted">{t('today.loading')}</p>;
  }
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    let stale = false;
    const result = await write(async () => {
      const answer = await api()['journal.lessonSave'](
        daySaveInput({ lesson, date, entered, topic, homework, shown: basis.current }),
      );
      stale = !answer.ok && answer.error.code === 'STALE_LESSON';
      return answer;
    });
    if (result) {
      setSaved(true);
      basis.current = lessonTexts(result);
    } else if (stale) {
      // The refusal shows what the lesson holds now; saving again, having seen it, replaces it.
      const now = sheet.latestPage()?.lessons.find((l) => l.lessonId === enteredId);
      if (now) basis.current = lessonTexts(now);
    }
  };

  const buttons = markButtons(page.scale);
  const pupils = page.pupils.filter((p) => belongsOn(p, date));
  // The cell as the page stands when a write's turn comes: the server refuses it if that changed since.
  const seen = (studentId: number) => {
    const now = sheet.latestPage();
    const index = now && enteredId !== null ? indexPage(now) : null;
    const key = enteredId !== null ? cellKey(enteredId, studentId) : '';
    return { marks: index?.marks.get(key) ?? [], absence: index?.attendance.get(key)?.status ?? null };
  };
  const index = indexPage(page);
  const subject = lang === 'ky' ? page.subject.nameKy : page.subject.nameRu;

  return (
    <section className="lesson-entry" aria-busy={sheet.busy}>
      <h1>
        {page.className} · {subject}
        {lesson.lessonNumber > 0 ? (
          <span className="muted"> · {t('today.lessonNo', { n: lesson.lessonNumber })}</span>
        ) : null}
      </h1>
      <p className="muted">{format.date(date)}</p>
      <ErrorNotice error={sheet.error} />
      <form className="today-form" onSubmit={(e) => void save(e)}>
        <div className="field">
          <label htmlFor={`${ids}-topic`}>{t('journal.topic')}</label>
          <input id={`${ids}-topic`} value={topic} maxLength={300} onChange={(e) => setTopic(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-homework`}>{t('journal.homework')}</label>
          <textarea
            id={`${ids}-homework`}
            rows={2}
            value={homework}
            maxLength={1000}
            onChange={(e) => setHomework(e.target.value)}
          />
        </div>
        <button type="submit" className="primary">
          {t('today.save')}
        </button>
        {saved ? (
          <span role="status" className="ok">
            {t('today.saved')}
          </span>
        ) : null}
      </form>

      <h2>{t('today.pupils')}</h2>
      {enteredId === null ? <p className="muted">{t('today.saveFirst')}</p> : null}
      {page.scale === 'none' ? <p className="muted">{t('today.noMarks')}</p> : null}
      {page.scale === 'criteria' ? <p className="muted">{t('today.textMarks')}</p> : null}
      {buttons.length > 0 && enteredId !== null ? (
        <div className="field today-kind">
          <label htmlFor={`${ids}-kind`}>{t('journal.typingKind')}</label>
          <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MarkKindCode)}>
            {markKinds.map((k) => (
              <option key={k} value={k}>
                {t(`markKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ol className="today-pupils">
        {pupils.map((p) => {
          const key = enteredId !== null ? cellKey(enteredId, p.studentId) : '';
          return (
            <PupilRow
              key={p.studentId}
              pupil={p}
              disabled={enteredId === null}
              marks={index.marks.get(key) ?? []}
              absent={index.attendance.get(key)?.status ?? null}
              kind={kind}
              buttons={buttons}
              onAbsent={(absent) => {
                if (enteredId === null) return;
                void write(() =>
                  api()['journal.attendanceSet']({
                    lessonId: enteredId,
                    studentId: p.studentId,
                    status: absent ? 'absent' : null,
                    reasonKind: 'unexcused',
                    expectedStatus: seen(p.studentId).absence,
                  }),
                );
              }}
              onMark={(value) => {
                if (enteredId === null) return;
                void write(() => {
                  const current = seen(p.studentId).marks.find((m) => m.kind === kind);
                  if (value === null) {
                    if (!current) return Promise.resolve({ ok: true as const, value: null });
                    return api()['journal.markClear']({ markId: current.markId, expected: current.value });
                  }
                  return api()['journal.markSet']({
                    lessonId: enteredId,
                    studentId: p.studentId,
                    value,
                    kind,
                    expected: current?.value ?? null,
                  });
                });
              }}
            />
          );
        })}
      </ol>
    </section>
  );
}
