import { useState } from 'react';
import type { MissingClass, YearEndCheck } from '../../../src-main/api/contract/year-end';
import { useI18n } from '../../i18n/i18n';

/**
 * What is missing, class by class: each class with its count, opened to show every subject with
 * the pupils and the marks they lack. Only the opened classes are drawn: a whole school's list runs
 * to thousands of lines when the year marks have not been set yet.
 */
export function MissingSection({ check }: { check: YearEndCheck }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (classId: number) =>
    setOpen((old) => {
      const next = new Set(old);
      if (!next.delete(classId)) next.add(classId);
      return next;
    });
  return (
    <section className="panel" aria-labelledby="year-end-missing">
      <h2 id="year-end-missing">{t('yearEnd.check.title')}</h2>
      <p className="muted">{t('yearEnd.check.finals', { grades: check.finalGrades.join(', ') })}</p>
      {check.missingCount === 0 ? (
        <p className="notice notice-success" role="status">
          {t('yearEnd.check.none')}
        </p>
      ) : (
        <>
          <p role="status" data-missing={check.missingCount}>
            <strong>{t('yearEnd.check.count', { count: check.missingCount })}</strong>
          </p>
          <ul className="year-end-classes">
            {check.classes.map((c) => (
              <li key={c.classId} data-class={c.className}>
                <button type="button" aria-expanded={open.has(c.classId)} onClick={() => toggle(c.classId)}>
                  {open.has(c.classId) ? t('yearEnd.check.hide') : t('yearEnd.check.show')}
                </button>{' '}
                {t('yearEnd.check.classCount', { className: c.className, count: countOf(c) })}
                {open.has(c.classId) ? <ClassMissing cls={c} /> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function countOf(c: MissingClass): number {
  return c.subjects.reduce((n, s) => n + s.pupils.reduce((m, p) => m + p.kinds.length, 0), 0);
}

function ClassMissing({ cls }: { cls: MissingClass }) {
  const { t, lang } = useI18n();
  return (
    <table className="table year-end-missing" aria-label={cls.className}>
      <tbody>
        {cls.subjects.map((s) => (
          <tr key={s.classSubjectId}>
            <th scope="row">{lang === 'ky' ? s.subjectNameKy : s.subjectNameRu}</th>
            <td className="year-end-names">
              {s.pupils.map((p) => (
                <span key={p.studentId}>
                  {p.fullName} ({p.kinds.map((k) => t(`yearEnd.kind.${k}`)).join(', ')})
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
