import { useCallback, useState } from 'react';
import type { ClassRow, StaffRow, SubjectRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { ClassesSection } from './ClassesSection';
import { LoadSection } from './LoadSection';
import { SubjectsSection } from './SubjectsSection';
import { useLoaded } from './useLoaded';

const sections = ['classes', 'subjects', 'load'] as const;
type Section = (typeof sections)[number];

/** The current year's structure for the deputy: classes, subjects and the teaching load. */
export function StructurePage() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('classes');
  const classes = useLoaded<ClassRow[]>(
    useCallback(() => api()['classes.list'](), []),
    [],
  );
  const subjects = useLoaded<SubjectRow[]>(
    useCallback(() => api()['subjects.list'](), []),
    [],
  );
  const staff = useLoaded<StaffRow[]>(
    useCallback(() => api()['staff.list'](), []),
    [],
  );

  return (
    <main className="page">
      <h1>{t('structure.title')}</h1>
      <div className="toolbar" role="group" aria-label={t('structure.sections')}>
        {sections.map((s) => (
          <button
            key={s}
            type="button"
            className={s === section ? 'nav-item active' : 'nav-item'}
            aria-pressed={s === section}
            onClick={() => setSection(s)}
          >
            {t(`structure.${s}`)}
          </button>
        ))}
      </div>
      {section === 'classes' ? (
        <ClassesSection classes={classes} staff={staff.value} onChanged={() => void classes.reload()} />
      ) : null}
      {section === 'subjects' ? <SubjectsSection subjects={subjects} onChanged={() => void subjects.reload()} /> : null}
      {section === 'load' ? (
        <LoadSection classes={classes.value} subjects={subjects.value} staff={staff.value} />
      ) : null}
    </main>
  );
}
