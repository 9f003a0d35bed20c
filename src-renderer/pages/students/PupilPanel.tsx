import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../src-main/api/contract';
import type { ClassChoice, PupilDetails } from '../../../src-main/api/contract/students';
import { api, call } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { CardFields } from './CardFields';
import { GuardiansEditor } from './GuardiansEditor';
import { MovementActions } from './MovementActions';
import { MovementHistory } from './MovementHistory';
import { cardForm, cardInput, guardianForms, guardiansInput, type CardForm, type GuardianForm } from './card-state';
import { canRecordMovement, manageMode } from './manage';

/** One pupil: the card (editable by whoever keeps the class), the movement book and its actions. */
export function PupilPanel({
  user,
  studentId,
  classes,
  onChanged,
  onClose,
}: {
  user: SessionUser;
  studentId: number;
  classes: ClassChoice[];
  onChanged(): void;
  onClose(): void;
}) {
  const { t, format } = useI18n();
  const [pupil, setPupil] = useState<PupilDetails | null>(null);
  const [card, setCard] = useState<CardForm | null>(null);
  const [guardians, setGuardians] = useState<GuardianForm[]>([]);
  const [loadError, setLoadError] = useState<ApiErrorBody | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useSubmit<PupilDetails>();

  const show = useCallback((details: PupilDetails) => {
    setPupil(details);
    setCard(cardForm(details.card));
    setGuardians(guardianForms(details.guardians));
  }, []);

  useEffect(() => {
    let live = true;
    void call(api()['students.get']({ studentId })).then((result) => {
      if (!live) return;
      if (result.ok) show(result.value);
      else setLoadError(result.error);
    });
    return () => {
      live = false;
    };
  }, [studentId, show]);

  if (!pupil || !card) return <ErrorNotice error={loadError} />;
  const mode = manageMode(user, pupil.current ? { mine: pupil.current.mine } : null);
  const fullName = [pupil.card.surname, pupil.card.name, pupil.card.patronymic].filter(Boolean).join(' ');

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!card) return;
    const input = { studentId, card: cardInput(card), guardians: guardiansInput(guardians) };
    const done = await run(() => api()['students.update'](input));
    if (!done) return;
    show(done);
    setSaved(t('students.saved'));
    onChanged();
  }

  return (
    <section className="panel" aria-label={t('students.card')}>
      <h2>
        {t('students.card')}: {fullName}
      </h2>
      <p className="muted">
        {pupil.current
          ? t('students.currentClass', { name: pupil.current.className, date: format.date(pupil.current.fromDate) })
          : t('students.notInClass')}
      </p>
      {mode ? (
        <form onSubmit={save} noValidate aria-label={t('students.card')}>
          <fieldset disabled={busy}>
            <CardFields
              form={card}
              onChange={(next) => {
                setSaved(null);
                setCard(next);
              }}
              error={error}
            />
            <GuardiansEditor guardians={guardians} onChange={setGuardians} error={error} />
          </fieldset>
          <ErrorNotice error={error} />
          <SuccessNotice text={saved} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('common.working') : t('common.save')}
            </button>
          </div>
        </form>
      ) : (
        <dl className="counts">
          {[
            [t('students.birthDate'), pupil.card.birthDate ? format.date(pupil.card.birthDate) : ''],
            [t('students.sex'), pupil.card.sex ? t(`students.sex.${pupil.card.sex}`) : ''],
            [t('students.pin'), pupil.card.pin ?? ''],
            [t('students.address'), pupil.card.address ?? ''],
            [
              t('students.guardians'),
              pupil.guardians.map((g) => [g.fullName, g.relation, g.phone].filter(Boolean).join(', ')).join('; '),
            ],
          ].map(([term, value]) => (
            <div className="count" key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('movement.history')}</h3>
      <MovementHistory lines={pupil.movement} />
      {canRecordMovement(user) ? (
        <MovementActions
          pupil={pupil}
          classes={classes}
          onDone={(details) => {
            show(details);
            setSaved(t('movement.done'));
            onChanged();
          }}
        />
      ) : null}
      {saved && !mode ? <SuccessNotice text={saved} /> : null}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
