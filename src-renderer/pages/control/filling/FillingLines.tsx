import { Fragment, useState } from 'react';
import type { FillingLine } from '../../../../src-main/api/contract/control-filling';
import { useI18n, type I18n } from '../../../i18n/i18n';
import { useNavigate } from '../../../navigation';
import { RemarkForm } from '../remarks/RemarkForm';
import { FillingDetails } from './FillingDetails';

export function lineName(line: FillingLine, lang: I18n['lang']): string {
  const subject = lang === 'ky' ? line.subject.nameKy : line.subject.nameRu;
  return `${line.className} — ${subject}${line.subgroupName ? ` (${line.subgroupName})` : ''}`;
}

const lateCount = (refs: FillingLine['lateMarks']) => refs.reduce((n, r) => n + r.entries, 0);

export function hasProblem(l: FillingLine): boolean {
  return (
    l.missing.length + l.noTopic.length + l.noHomework.length + l.lateMarks.length + l.lateAttendance.length > 0 ||
    l.noMarks.length + l.oneMark.length > 0
  );
}

/** A remark's first words, from what the line found. */
function remarkText(line: FillingLine, i18n: I18n): string {
  const { t } = i18n;
  const parts = [
    line.missing.length ? `${t('filling.col.missing')}: ${line.missing.length}` : '',
    line.noTopic.length ? `${t('filling.col.noTopic')}: ${line.noTopic.length}` : '',
    line.noHomework.length ? `${t('filling.col.noHomework')}: ${line.noHomework.length}` : '',
    line.noMarks.length ? `${t('filling.col.noMarks')}: ${line.noMarks.length}` : '',
  ].filter(Boolean);
  return t('filling.remarkText', { line: lineName(line, i18n.lang), what: parts.join('; ') });
}

/** One row per class subject (or subgroup): the counts, the journal to open, a remark to write. */
export function FillingLines({ lines, mayRemark }: { lines: FillingLine[]; mayRemark: boolean }) {
  const i18n = useI18n();
  const { t, format, lang } = i18n;
  const navigate = useNavigate();
  const [remarkFor, setRemarkFor] = useState<string | null>(null);
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const pct = (n: number, p: number | null) => (p === null ? '' : `${n} (${format.number(p, 0)}%)`);
  return (
    <table className="table filling-table">
      <thead>
        <tr>
          <th scope="col">{t('filling.col.line')}</th>
          <th scope="col">{t('filling.col.teacher')}</th>
          <th scope="col">{t('filling.col.planned')}</th>
          <th scope="col">{t('filling.col.missing')}</th>
          <th scope="col">{t('filling.col.noTopic')}</th>
          <th scope="col">{t('filling.col.noHomework')}</th>
          <th scope="col">{t('filling.col.lateMarks')}</th>
          <th scope="col">{t('filling.col.lateAttendance')}</th>
          <th scope="col">{t('filling.col.noMarks')}</th>
          <th scope="col">{t('filling.col.oneMark')}</th>
          <th scope="col">{t('filling.col.lastEntry')}</th>
          <th scope="col">{t('filling.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const key = `${line.classSubjectId}:${line.subgroupId ?? ''}`;
          const name = lineName(line, lang);
          return (
            <Fragment key={key}>
              <tr data-line={key} data-open-on={line.openOn}>
                <th scope="row">{name}</th>
                <td>{line.teacher?.fullName ?? t('filling.noTeacher')}</td>
                <td className="num">{line.planned}</td>
                <td className="num" data-count="missing">
                  {line.missing.length}
                </td>
                <td className="num" data-count="noTopic">
                  {line.noTopic.length}
                </td>
                <td className="num" data-count="noHomework">
                  {line.noHomework.length}
                </td>
                <td className="num">{lateCount(line.lateMarks)}</td>
                <td className="num">{lateCount(line.lateAttendance)}</td>
                <td className="num">{pct(line.noMarks.length, line.noMarksPercent)}</td>
                <td className="num">{pct(line.oneMark.length, line.oneMarkPercent)}</td>
                <td>{line.lastEntryOn ? format.date(line.lastEntryOn) : t('filling.never')}</td>
                <td className="actions">
                  <button
                    type="button"
                    aria-label={t('filling.openAt', { line: name, date: format.date(line.openOn) })}
                    onClick={() =>
                      navigate({
                        view: 'journal',
                        journal: {
                          classSubjectId: line.classSubjectId,
                          subgroupId: line.subgroupId,
                          date: line.openOn,
                        },
                      })
                    }
                  >
                    {t('filling.open')}
                  </button>
                  {mayRemark ? (
                    <button
                      type="button"
                      aria-label={t('remarks.addFor', { line: name })}
                      onClick={() => setRemarkFor(remarkFor === key ? null : key)}
                    >
                      {t('filling.remark')}
                    </button>
                  ) : null}
                  {saved.has(key) ? <span className="muted"> ✓ {t('remarks.saved')}</span> : null}
                </td>
              </tr>
              {remarkFor === key ? (
                <tr>
                  <td colSpan={12}>
                    <RemarkForm
                      classSubjectId={line.classSubjectId}
                      initialText={remarkText(line, i18n)}
                      onSaved={() => {
                        setRemarkFor(null);
                        setSaved(new Set([...saved, key]));
                      }}
                      onCancel={() => setRemarkFor(null)}
                    />
                  </td>
                </tr>
              ) : null}
              {hasProblem(line) ? (
                <tr className="filling-detail-row">
                  <td colSpan={12}>
                    <details>
                      <summary>{t('filling.details')}</summary>
                      <FillingDetails line={line} />
                    </details>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
