import type { RefObject } from 'react';
import {
  resultListGroups,
  type ResultListEntry,
  type ResultRow,
} from '../../../../src-main/api/contract/control-results';
import { useI18n } from '../../../i18n/i18n';

/**
 * The pupils behind the chosen row's numbers. For a class, a parallel or the school: its pupils. For a
 * subject or a teacher: the pupils whose 2, н/а, single 3 or single 4 is in that subject or from that
 * teacher (the one who can lift them), with only those subjects named.
 */
export function rowEntries(row: ResultRow, lists: ResultListEntry[]): ResultListEntry[] {
  const fits = (s: ResultListEntry['subjects'][number]) =>
    row.level === 'subject'
      ? s.subjectId === row.subjectId
      : row.level === 'teacher'
        ? s.teacherId === row.teacherId
        : true;
  return lists.flatMap((entry) => {
    if (!row.classIds.includes(entry.classId)) return [];
    if (row.level !== 'subject' && row.level !== 'teacher') return [entry];
    const subjects = entry.subjects.filter(fits);
    return subjects.length ? [{ ...entry, subjects }] : [];
  });
}

export function ResultLists({
  row,
  name,
  lists,
  headingRef,
}: {
  row: ResultRow;
  name: string;
  lists: ResultListEntry[];
  /** The heading takes the focus when a row is chosen, so the lists come into view (and are read). */
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, lang } = useI18n();
  const entries = rowEntries(row, lists);
  return (
    <section className="results-lists" aria-label={t('results.lists', { name })}>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('results.lists', { name })}
      </h3>
      <div className="results-list-grid">
        {resultListGroups.map((group) => {
          const people = entries.filter((e) => e.group === group);
          return (
            <div key={group}>
              <h4>
                {t(`results.group.${group}`)}: {people.length}
              </h4>
              {people.length ? (
                <ol>
                  {people.map((p) => (
                    <li key={`${p.pupilId}:${p.classId}`}>
                      {p.pupil}, {p.classTitle}
                      {p.subjects.length
                        ? ` — ${p.subjects.map((s) => (lang === 'ky' ? s.nameKy : s.nameRu)).join(', ')}`
                        : ''}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="muted">{t('results.nobody')}</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
