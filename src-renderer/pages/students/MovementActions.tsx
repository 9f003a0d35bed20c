import { useId, useState, type FormEvent } from 'react';
import type { ApiResult } from '../../../src-main/api/contract';
import {
  departureKinds,
  type ClassChoice,
  type DepartureKind,
  type PupilDetails,
} from '../../../src-main/api/contract/students';
import { api } from '../../api/api';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { ClassPicker } from './ClassPicker';
import { Refusal } from './Refusal';
import { optional, today } from './manage';

type Action = 'transfer' | 'depart' | 'return' | 'enrol';

const blank = {
  date: '',
  classId: null as number | null,
  destination: 'school' as DepartureKind,
  place: '',
  orderNo: '',
  reason: '',
};

/**
 * Transfer, departure, return: each filled in, then confirmed in one sentence that says exactly what
 * will be written, because the movement book keeps it for good.
 */
export function MovementActions({
  pupil,
  classes,
  onDone,
}: {
  pupil: PupilDetails;
  classes: ClassChoice[];
  onDone(pupil: PupilDetails): void;
}) {
  const { t, format } = useI18n();
  const destinationId = useId();
  const [action, setAction] = useState<Action | null>(null);
  const [form, setForm] = useState({ ...blank, date: today() });
  const [confirming, setConfirming] = useState(false);
  const { busy, error, setError, run } = useSubmit<PupilDetails>();
  const open = pupil.movement.find((m) => m.toDate === null) ?? null;
  const everLeft = pupil.movement.some((m) => m.toDate !== null);
  const name = `${pupil.card.surname} ${pupil.card.name}`;
  const className = classes.find((c) => c.classId === form.classId)?.name ?? '';
  const set = (key: 'date' | 'place' | 'orderNo' | 'reason') => (value: string) => {
    setConfirming(false);
    setForm((f) => ({ ...f, [key]: value }));
  };

  function start(next: Action) {
    setAction(next);
    setConfirming(false);
    setError(null);
    setForm({ ...blank, date: today() });
  }

  function request(): Promise<ApiResult<PupilDetails>> {
    const studentId = pupil.studentId;
    const base = { orderNo: optional(form.orderNo), reason: optional(form.reason) };
    switch (action) {
      case 'transfer':
        return api()['movement.transfer']({ studentId, toClassId: form.classId ?? 0, date: form.date, ...base });
      case 'depart':
        return api()['movement.depart']({
          studentId,
          date: form.date,
          destination: form.destination,
          departedTo: form.place,
          orderNo: form.orderNo,
          reason: form.reason,
        });
      case 'return':
      case 'enrol': {
        const input = {
          studentId,
          classId: form.classId ?? 0,
          date: form.date,
          arrivedFrom: optional(form.place),
          ...base,
        };
        return action === 'return' ? api()['movement.return'](input) : api()['movement.enrol'](input);
      }
      default:
        throw new Error('no action');
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const done = await run(request);
    setConfirming(false);
    if (!done) return;
    setAction(null);
    onDone(done);
  }

  const confirmText = () => {
    const params = { name, className, date: form.date ? format.date(form.date) : '' };
    if (action === 'transfer') return t('movement.confirmTransfer', params);
    if (action === 'depart') return t('movement.confirmDepart', params);
    if (action === 'return') return t('movement.confirmReturn', params);
    return t('movement.confirmEnrol', params);
  };

  return (
    <section className="no-print" aria-label={t('movement.actions')}>
      <div className="toolbar">
        {open ? (
          <>
            <button type="button" onClick={() => start('transfer')}>
              {t('movement.transfer')}
            </button>
            <button type="button" onClick={() => start('depart')}>
              {t('movement.depart')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => start(everLeft ? 'return' : 'enrol')}>
            {everLeft ? t('movement.return') : t('movement.enrol')}
          </button>
        )}
      </div>
      {action ? (
        <form className="panel" onSubmit={submit} noValidate aria-label={t(`movement.${action}`)}>
          <h3>{t(`movement.${action}`)}</h3>
          <fieldset disabled={busy} className="grid-2">
            <Field
              label={
                action === 'depart'
                  ? t('movement.departDate')
                  : action === 'transfer'
                    ? t('movement.transferDate')
                    : t('movement.date')
              }
              path="date"
              type="date"
              value={form.date}
              onChange={set('date')}
              error={error}
            />
            {action === 'depart' ? (
              <>
                <div className="field">
                  <label htmlFor={destinationId}>{t('movement.destination')}</label>
                  <select
                    id={destinationId}
                    value={form.destination}
                    onChange={(e) => setForm((f) => ({ ...f, destination: e.target.value as DepartureKind }))}
                  >
                    {departureKinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`movement.destination.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <Field
                  label={t('movement.departedTo')}
                  path="departedTo"
                  value={form.place}
                  onChange={set('place')}
                  error={error}
                />
              </>
            ) : (
              <ClassPicker
                classes={classes}
                value={form.classId}
                label={t('movement.toClass')}
                exclude={action === 'transfer' ? open?.classId : undefined}
                onChange={(classId) => {
                  setConfirming(false);
                  setForm((f) => ({ ...f, classId }));
                }}
              />
            )}
            {action === 'return' || action === 'enrol' ? (
              <Field
                label={t('students.arrivedFrom')}
                path="arrivedFrom"
                value={form.place}
                onChange={set('place')}
                error={error}
              />
            ) : null}
            <Field
              label={t('students.orderNo')}
              path="orderNo"
              value={form.orderNo}
              onChange={set('orderNo')}
              error={error}
            />
            <Field
              label={t('students.reason')}
              path="reason"
              value={form.reason}
              onChange={set('reason')}
              error={error}
            />
          </fieldset>
          {confirming ? (
            <p className="notice notice-info" role="status">
              {confirmText()}
            </p>
          ) : null}
          <Refusal error={error} />
          <div className="actions">
            <button type="submit" className={confirming ? 'danger' : 'primary'} disabled={busy}>
              {busy ? t('common.working') : confirming ? t('movement.confirm') : t(`movement.${action}`)}
            </button>
            <button type="button" onClick={() => setAction(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
