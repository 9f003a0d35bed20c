import { useEffect, useState, type FormEvent } from 'react';
import type { LoadRow, StaffRow } from '../../../src-main/api/contract/structure';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { fieldMessages } from '../../components/errors';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from './SelectField';
import { StaffSelect } from './StaffSelect';

interface Group {
  id?: number;
  name: string;
  teacherId: number | null;
  studentIds: number[];
}

interface Pupil {
  studentId: number;
  fullName: string;
}

/**
 * A line split into two groups, each with its teacher and a checklist of the class's pupils (a pupil
 * ticked in one group is moved out of the other). Existing groups keep their ids and lessons.
 */
export function SubgroupsEditor({
  line,
  staff,
  onDone,
}: {
  line: LoadRow;
  staff: StaffRow[];
  onDone(changed: boolean): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [pupils, setPupils] = useState<Pupil[]>([]);
  const [groups, setGroups] = useState<Group[]>(() => {
    const existing: Group[] = line.subgroups.map((g) => ({
      id: g.id,
      name: g.name,
      teacherId: g.teacher?.staffId ?? null,
      studentIds: g.studentIds,
    }));
    while (existing.length < 2) {
      existing.push({ name: t('subgroups.group', { number: existing.length + 1 }), teacherId: null, studentIds: [] });
    }
    return existing;
  });
  const { busy, error, setError, run } = useSubmit<LoadRow>();

  useEffect(() => {
    let live = true;
    void call(api()['students.list']({ classId: line.classId })).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setPupils(
        result.value.pupils.map((p) => ({
          studentId: p.studentId,
          fullName: [p.surname, p.name, p.patronymic].filter(Boolean).join(' '),
        })),
      );
    });
    return () => {
      live = false;
    };
  }, [line.classId, setError]);

  const update = (i: number, patch: Partial<Group>) =>
    setGroups((old) => old.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  function tick(i: number, studentId: number, on: boolean) {
    setGroups((old) =>
      old.map((g, j) => {
        const others = g.studentIds.filter((id) => id !== studentId);
        return { ...g, studentIds: j === i && on ? [...others, studentId] : others };
      }),
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api()['subgroups.set']({
        classSubjectId: line.id,
        groups,
      }),
    );
    if (saved) onDone(true);
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('subgroups.edit')}>
      <h3>
        {t('subgroups.edit')}: {line.className}, {i18n.lang === 'ru' ? line.subjectNameRu : line.subjectNameKy}
      </h3>
      <fieldset disabled={busy} className="grid-2">
        {groups.map((g, i) => (
          <fieldset key={i} data-group={i}>
            <legend>{t('subgroups.group', { number: i + 1 })}</legend>
            <Field
              label={`${t('subgroups.name')} ${i + 1}`}
              path={`groups.${i}.name`}
              value={g.name}
              onChange={(name) => update(i, { name })}
              error={error}
            />
            <SelectField label={`${t('subgroups.teacher')} ${i + 1}`} path={`groups.${i}.teacherId`} error={error}>
              {(id) => (
                <StaffSelect
                  id={id}
                  staff={staff}
                  value={g.teacherId}
                  onChange={(teacherId) => update(i, { teacherId })}
                />
              )}
            </SelectField>
            <div role="group" aria-label={`${t('subgroups.pupils')} ${i + 1}`}>
              {pupils.map((p) => (
                <label key={p.studentId} className="checkbox">
                  <input
                    type="checkbox"
                    checked={g.studentIds.includes(p.studentId)}
                    onChange={(e) => tick(i, p.studentId, e.target.checked)}
                  />
                  {p.fullName}
                </label>
              ))}
              {fieldMessages(error, `groups.${i}.studentIds`, i18n).map((m) => (
                <span key={m} className="field-error">
                  {m}
                </span>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('subgroups.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
