import type { CompletionLine, CompletionReport } from '../../../../src-main/api/contract/control-completion';
import { useI18n } from '../../../i18n/i18n';

/** A lag of more than one lesson is what the deputy acts on: it stands out. */
const behind = (lag: number) => (lag > 1 ? 'control-behind' : undefined);

/** The teachers' totals, then every line with its lag and the topics still to be taught. */
export function CompletionTables({
  report,
  lines,
  showTeachers,
}: {
  report: CompletionReport;
  lines: CompletionLine[];
  showTeachers: boolean;
}) {
  const { t, lang, format } = useI18n();
  const n = (x: number) => format.number(x, Number.isInteger(x) ? 0 : 1);
  const subject = (l: CompletionLine) =>
    `${lang === 'ru' ? l.subject.nameRu : l.subject.nameKy}${l.subgroupName ? ` · ${l.subgroupName}` : ''}`;
  const numbers = ['planned', 'delivered', 'lag', 'periodPlanned'] as const;
  return (
    <>
      {showTeachers ? (
        <table className="table" aria-label={t('control.completion.byTeacher')}>
          <caption>{t('control.completion.byTeacher')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('control.completion.teacher')}</th>
              <th scope="col">{t('control.completion.lines')}</th>
              {numbers.map((k) => (
                <th key={k} scope="col">
                  {t(`control.completion.${k}`)}
                </th>
              ))}
              <th scope="col">{t('control.completion.untaughtCount')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byTeacher.map((g) => (
              <tr key={g.teacher?.staffId ?? 0}>
                <th scope="row">{g.teacher?.fullName ?? t('control.completion.noTeacher')}</th>
                <td>{g.lines}</td>
                <td>{n(g.plannedToDate)}</td>
                <td>{g.delivered}</td>
                <td className={behind(g.lag)}>{n(g.lag)}</td>
                <td>{n(g.periodPlanned)}</td>
                <td>{g.untaught}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table className="table" aria-label={t('control.completion.byLine')}>
        <caption>{t('control.completion.byLine')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('control.completion.class')}</th>
            <th scope="col">{t('control.completion.subject')}</th>
            <th scope="col">{t('control.completion.teacher')}</th>
            {numbers.map((k) => (
              <th key={k} scope="col">
                {t(`control.completion.${k}`)}
              </th>
            ))}
            <th scope="col">{t('control.completion.untaught')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.classSubjectId}:${l.subgroupId ?? ''}`}>
              <td>{l.className}</td>
              <td>
                {subject(l)}
                <div className="muted">{t(`control.completion.source.${l.source}`)}</div>
              </td>
              <td>{l.teacher?.fullName ?? t('control.completion.noTeacher')}</td>
              <td>{n(l.plannedToDate)}</td>
              <td>{l.delivered}</td>
              <td className={behind(l.lag)}>{n(l.lag)}</td>
              <td>{n(l.periodPlanned)}</td>
              <td>
                {l.untaught.length ? (
                  <ol className="control-topics">
                    {l.untaught.map((u) => (
                      <li key={u.topicId} value={u.position}>
                        {u.title}
                        {u.plannedDate ? ` (${format.date(u.plannedDate)})` : ''}
                      </li>
                    ))}
                  </ol>
                ) : (
                  t('control.completion.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
