import { useState, type FormEvent } from 'react';
import type { ClassChoice, PupilDetails } from '../../../src-main/api/contract/students';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { CardFields } from './CardFields';
import { GuardiansEditor } from './GuardiansEditor';
import { cardInput, emptyCard, emptyGuardian, guardiansInput } from './card-state';
import { optional } from './manage';

const emptyArrival = { fromDate: '', arrivedFrom: '', reason: '', orderNo: '' };

/** A new pupil's card and guardians, into the chosen class; the office may also note an arrival. */
export function AddPupilForm({
  classChoice,
  onCreated,
  onCancel,
}: {
  classChoice: ClassChoice;
  onCreated(pupil: PupilDetails): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [card, setCard] = useState(emptyCard);
  const [guardians, setGuardians] = useState([emptyGuardian]);
  const [arrival, setArrival] = useState(emptyArrival);
  const { busy, error, run } = useSubmit<PupilDetails>();
  const setArr = (key: keyof typeof emptyArrival) => (value: string) => setArrival((a) => ({ ...a, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      classId: classChoice.classId,
      card: cardInput(card),
      guardians: guardiansInput(guardians),
      fromDate: optional(arrival.fromDate),
      arrivedFrom: optional(arrival.arrivedFrom),
      reason: optional(arrival.reason),
      orderNo: optional(arrival.orderNo),
    };
    const made = await run(() => api()['students.create'](input));
    if (!made) return;
    setCard(emptyCard);
    setGuardians([emptyGuardian]);
    setArrival(emptyArrival);
    onCreated(made);
  }

  const title = `${t('students.add')}: ${classChoice.name}`;
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('students.add')}>
      <h2>{title}</h2>
      <fieldset disabled={busy}>
        <CardFields form={card} onChange={setCard} error={error} />
        <div className="grid-2">
          <Field
            label={t('students.fromDate')}
            path="fromDate"
            type="date"
            value={arrival.fromDate}
            onChange={setArr('fromDate')}
            error={error}
          />
          <Field
            label={t('students.arrivedFrom')}
            path="arrivedFrom"
            value={arrival.arrivedFrom}
            onChange={setArr('arrivedFrom')}
            error={error}
          />
          <Field
            label={t('students.reason')}
            path="reason"
            value={arrival.reason}
            onChange={setArr('reason')}
            error={error}
          />
          <Field
            label={t('students.orderNo')}
            path="orderNo"
            value={arrival.orderNo}
            onChange={setArr('orderNo')}
            error={error}
          />
        </div>
        <GuardiansEditor guardians={guardians} onChange={setGuardians} error={error} />
      </fieldset>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
