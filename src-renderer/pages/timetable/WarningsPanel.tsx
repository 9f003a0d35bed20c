import type { TimetableWarnings } from '../../../src-main/api/contract/timetable';
import { useI18n } from '../../i18n/i18n';
import { shortName } from './draft';
import { subjectName } from './labels';

/**
 * Hours that differ from the load and teachers due in two classes at once. Warnings, not refusals:
 * the deputy may save a week that is not finished yet.
 */
export function WarningsPanel({ title, warnings }: { title: string; warnings: TimetableWarnings }) {
  const { t, lang, format } = useI18n();
  const none = !warnings.hours.length && !warnings.clashes.length;
  return (
    <section className={none ? 'panel' : 'panel tt-warnings'} aria-label={t('timetable.warnings')}>
      <h2>{title}</h2>
      {none ? <p className="muted">{t('timetable.noWarnings')}</p> : null}
      {warnings.hours.length ? (
        <>
          <h3>{t('timetable.hoursTitle')}</h3>
          <ul>
            {warnings.hours.map((h) => (
              <li key={`${h.classSubjectId}:${h.subgroupId ?? ''}`}>
                {t('timetable.hours', {
                  subject: subjectName(h, lang) + (h.subgroupName ? `, ${h.subgroupName}` : ''),
                  slots: h.slotsPerWeek,
                  hours: format.number(h.hoursPerWeek, Number.isInteger(h.hoursPerWeek) ? 0 : 1),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {warnings.clashes.length ? (
        <>
          <h3>{t('timetable.clashesTitle')}</h3>
          <ul>
            {warnings.clashes.map((c) => (
              <li
                key={`${c.teacher.staffId}:${c.weekday}:${c.lessonNumber}:${c.classSubjectId}:${c.other.classSubjectId}`}
              >
                {t('timetable.clash', {
                  day: t(`timetable.weekday.${c.weekday}`),
                  number: c.lessonNumber,
                  teacher: shortName(c.teacher.fullName),
                  class: c.other.className,
                  subject: subjectName(c.other, lang),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
