import { useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { LoadRow, StaffRow } from '../../../src-main/api/contract/structure';
import { api, call } from '../../api/api';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';
import { LoadLineEditor } from './LoadLineEditor';
import { SubgroupsEditor } from './SubgroupsEditor';

type Mode = 'view' | 'edit' | 'confirmRemove' | 'subgroups';

/** One subject of the class's load: shown, edited, split into subgroups, or removed after asking. */
export function LoadLineRow({ line, staff, onChanged }: { line: LoadRow; staff: StaffRow[]; onChanged(): void }) {
  const i18n = useI18n();
  const { t, lang, format } = i18n;
  const [mode, setMode] = useState<Mode>('view');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const subjectName = lang === 'ru' ? line.subjectNameRu : line.subjectNameKy;
  const done = (changed: boolean) => {
    setMode('view');
    if (changed) onChanged();
  };

  async function remove() {
    setMode('view');
    const result = await call(api()['load.remove']({ classSubjectId: line.id }));
    if (result.ok) onChanged();
    else setError(result.error);
  }

  if (mode === 'edit' || mode === 'subgroups') {
    return (
      <tr>
        <td colSpan={5}>
          {mode === 'edit' ? (
            <LoadLineEditor line={line} staff={staff} onDone={done} />
          ) : (
            <SubgroupsEditor line={line} staff={staff} onDone={done} />
          )}
        </td>
      </tr>
    );
  }
  return (
    <tr data-subject={line.subjectNameRu}>
      <td>{subjectName}</td>
      <td>{line.teacher?.fullName ?? t('load.noTeacher')}</td>
      <td>{format.number(line.hoursPerWeek, Number.isInteger(line.hoursPerWeek) ? 0 : 1)}</td>
      <td>
        {line.subgroups.map((g) => (
          <div key={g.id}>
            {t('load.subgroupLine', {
              name: g.name,
              teacher: g.teacher?.fullName ?? t('load.noTeacher'),
              count: g.memberCount,
            })}
          </div>
        ))}
        {line.lessonCount ? <div className="muted">{t('load.lessons', { count: line.lessonCount })}</div> : null}
      </td>
      <td>
        {mode === 'confirmRemove' ? (
          <span className="confirm">
            {t('load.confirmRemove', { subject: subjectName })}{' '}
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('common.yes')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <span className="row-actions">
            <button type="button" onClick={() => setMode('edit')} aria-label={`${t('structure.edit')} ${subjectName}`}>
              {t('structure.edit')}
            </button>
            <button type="button" onClick={() => setMode('subgroups')}>
              {t('subgroups.edit')}
            </button>
            <button type="button" onClick={() => setMode('confirmRemove')}>
              {t('load.remove')}
            </button>
          </span>
        )}
        {error ? (
          <div className="field-error" role="alert">
            {[errorText(error, i18n), ...(error.fields ?? []).map((f) => t(f.message, f.params))].join(' ')}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
