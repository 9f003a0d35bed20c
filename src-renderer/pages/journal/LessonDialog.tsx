import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import type { JournalChoices, JournalPage, LessonRow } from '../../../src-main/api/contract/journal';
import type { PlanTopicRow } from '../../../src-main/api/contract/plan';
import { api, call } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Modal } from './Modal';
import { lessonTexts } from './sheet-model';

type Write = <T>(request: () => Promise<ApiResult<T>>) => Promise<T | null>;
type PageLesson = JournalPage['lessons'][number];

/**
 * A lesson's own entries: date and number, topic, work in class, homework, and who taught it when it
 * was a substitution. A new lesson starts on today's date (or a planned date the caller passes).
 */
export function LessonDialog({
  lesson,
  draft,
  classSubjectId,
  subgroupId,
  teachers,
  substituteAs,
  readOnly,
  reason,
  write,
  latest,
  error,
  onClose,
}: {
  lesson: PageLesson | null;
  draft: { date: string; lessonNumber: number | null };
  classSubjectId: number;
  subgroupId: number | null;
  teachers: JournalChoices['teachers'];
  /** Set where the caller only substitutes: a new lesson is theirs, as a substitution. */
  substituteAs: number | null;
  readOnly: boolean;
  reason: string;
  write: Write;
  /** The lesson as the page holds it now (after a refusal the page is read again). */
  latest: (lessonId: number) => PageLesson | null;
  error: ApiErrorBody | null;
  onClose(saved: LessonRow | null): void;
}) {
  const { t, format } = useI18n();
  const ids = useId();
  const [date, setDate] = useState(lesson?.date ?? draft.date);
  const [lessonNumber, setLessonNumber] = useState(String(lesson?.lessonNumber ?? draft.lessonNumber ?? ''));
  const [topic, setTopic] = useState(lesson?.topic ?? '');
  const [classWork, setClassWork] = useState(lesson?.classWork ?? '');
  const [homework, setHomework] = useState(lesson?.homework ?? '');
  const [planTopicId, setPlanTopicId] = useState<number | null>(lesson?.planTopicId ?? null);
  const [planTopics, setPlanTopics] = useState<PlanTopicRow[]>([]);
  // What the form was filled from: a save says so, and a colleague's change since is refused, not overwritten.
  const basis = useRef(lesson ? lessonTexts(lesson) : null);
  const [isSubstitution, setSubstitution] = useState(lesson?.isSubstitution ?? substituteAs !== null);
  const [taughtBy, setTaughtBy] = useState(
    lesson?.isSubstitution && lesson.taughtBy
      ? String(lesson.taughtBy)
      : substituteAs !== null
        ? String(substituteAs)
        : '',
  );

  // The plan's topics to pick from (a subgroup without a plan of its own works to the class plan); a
  // new lesson is offered the first topic no lesson has taken yet, unless a topic was typed already.
  const touched = useRef(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      let result = await call(api()['plan.get']({ classSubjectId, ...(subgroupId !== null ? { subgroupId } : {}) }));
      if (result.ok && result.value.topics.length === 0 && subgroupId !== null) {
        result = await call(api()['plan.get']({ classSubjectId }));
      }
      if (!live || !result.ok) return;
      setPlanTopics(result.value.topics);
      const next = result.value.topics.find((topic) => topic.lessonCount === 0);
      if (!lesson && next && !touched.current) {
        setPlanTopicId(next.topicId);
        setTopic(next.title);
      }
    })();
    return () => {
      live = false;
    };
  }, [classSubjectId, subgroupId, lesson]);

  const pickTopic = (value: string) => {
    const picked = planTopics.find((topic) => topic.topicId === Number(value));
    setPlanTopicId(picked?.topicId ?? null);
    if (picked) setTopic(picked.title);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const text = (v: string) => (v.trim() ? v.trim() : undefined);
    let stale = false;
    const saved = await write(async () => {
      const result = await api()['journal.lessonSave']({
        ...(lesson ? { lessonId: lesson.lessonId } : {}),
        classSubjectId,
        ...(subgroupId !== null ? { subgroupId } : {}),
        date,
        ...(lessonNumber ? { lessonNumber: Number(lessonNumber) } : {}),
        ...(planTopicId !== null ? { planTopicId } : {}),
        topic: text(topic),
        classWork: text(classWork),
        homework: text(homework),
        isSubstitution,
        ...(isSubstitution && taughtBy ? { taughtBy: Number(taughtBy) } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(basis.current ? { expected: basis.current } : {}),
      });
      stale = !result.ok && result.error.code === 'STALE_LESSON';
      return result;
    });
    if (saved) onClose(saved);
    // The refusal shows what the lesson holds now; saving again, having seen it, replaces it.
    else if (stale && lesson) basis.current = lessonTexts(latest(lesson.lessonId) ?? lesson);
  };

  const title = lesson ? t('journal.lessonTitle', { date: format.date(lesson.date) }) : t('journal.lessonNew');
  return (
    <Modal error={error} title={title} onClose={() => onClose(null)}>
      <form onSubmit={(e) => void save(e)}>
        <fieldset disabled={readOnly}>
          <div className="grid-2">
            <div className="field">
              <label htmlFor={`${ids}-date`}>{t('journal.date')}</label>
              <input id={`${ids}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-number`}>{t('journal.lessonNumber')}</label>
              <input
                id={`${ids}-number`}
                type="number"
                min={0}
                max={12}
                value={lessonNumber}
                onChange={(e) => setLessonNumber(e.target.value)}
              />
            </div>
          </div>
          {planTopics.length > 0 && (
            <div className="field">
              <label htmlFor={`${ids}-plan`}>{t('journal.topicFromPlan')}</label>
              <select id={`${ids}-plan`} value={planTopicId ?? ''} onChange={(e) => pickTopic(e.target.value)}>
                <option value="">{t('journal.topicTyped')}</option>
                {planTopics.map((topic) => (
                  <option key={topic.topicId} value={topic.topicId}>
                    {topic.position}. {topic.title}
                    {topic.lessonCount > 0 ? ' ✓' : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${ids}-topic`}>{t('journal.topic')}</label>
            <input
              id={`${ids}-topic`}
              value={topic}
              maxLength={300}
              onChange={(e) => {
                touched.current = true;
                setTopic(e.target.value);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-work`}>{t('journal.classWork')}</label>
            <textarea id={`${ids}-work`} value={classWork} rows={2} onChange={(e) => setClassWork(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-homework`}>{t('journal.homework')}</label>
            <textarea id={`${ids}-homework`} value={homework} rows={2} onChange={(e) => setHomework(e.target.value)} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={isSubstitution} onChange={(e) => setSubstitution(e.target.checked)} />
            {t('journal.substitution')}
          </label>
          {isSubstitution && (
            <div className="field">
              <label htmlFor={`${ids}-substitute`}>{t('journal.substitute')}</label>
              <select id={`${ids}-substitute`} value={taughtBy} required onChange={(e) => setTaughtBy(e.target.value)}>
                <option value="" />
                {teachers.map((teacher) => (
                  <option key={teacher.staffId} value={teacher.staffId}>
                    {teacher.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <div className="actions">
          {!readOnly && (
            <button type="submit" className="primary">
              {t('journal.save')}
            </button>
          )}
          <button type="button" onClick={() => onClose(null)}>
            {t('journal.close')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
