import { useEffect, useState } from 'react';
import type { ApiErrorBody, SchoolInfo, SessionUser } from '../../src-main/api/contract';
import { api, call } from '../api/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { MyRemarks } from './control/remarks/MyRemarks';

const shownCounts = [
  'students',
  'classes',
  'staff',
  'users',
  'subjects',
  'lessons',
  'marks',
  'attendance',
  'periodMarks',
  'auditEntries',
];

export function HomePage({ user }: { user: SessionUser }) {
  const { t, format, lang } = useI18n();
  const [info, setInfo] = useState<SchoolInfo | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  useEffect(() => {
    let live = true;
    void call(api()['school.info']()).then((r) => {
      if (!live) return;
      if (r.ok) setInfo(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="page">
      <h1>{t('home.welcome', { name: `${user.name} ${user.patronymic ?? ''}`.trim() })}</h1>
      <ErrorNotice error={error} />
      {user.permissions.includes('journal.writeOwn') ? <MyRemarks /> : null}
      {info ? (
        <>
          <p className="lead">{lang === 'ky' ? info.nameKy : info.nameRu}</p>
          <p>
            {info.currentYear
              ? t('home.year', {
                  title: info.currentYear.title,
                  from: format.date(info.currentYear.startsOn),
                  to: format.date(info.currentYear.endsOn),
                })
              : t('home.noYear')}
          </p>
          <dl className="counts">
            {shownCounts.map((key) => (
              <div key={key} className="count" data-count={key}>
                <dt>{t(`count.${key}`)}</dt>
                <dd>{format.number(info.counts[key] ?? 0)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('home.database', { version: info.schemaVersion })}</p>
        </>
      ) : null}
    </main>
  );
}
