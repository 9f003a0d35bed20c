import { useEffect, useState, type FormEvent } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { YearDates } from '../../../src-main/api/contract/calendar';
import type { RollOverPreview, RollOverResult } from '../../../src-main/api/contract/year-end';
import { api, call } from '../../api/api';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { withLocalDates } from '../calendar/localized-error';
import { NextYearFields } from './NextYearFields';
import { PupilChoices, type Choices } from './PupilChoices';
import { RollOverPlan } from './RollOverPlan';
import { YearEndRefusal } from './YearEndRefusal';

/** The fields this form shows beside their inputs; the rest (a pupil's decision, the year) go above the button. */
const ownPath = (path: string) => !/^(leavers|repeaters\.\d+\.studentIds|fromYearId|backup)/.test(path);

/**
 * The roll-over of a closed year: the new year's dates, the leavers of grade 9 and the repeaters with
 * the council's decision, then "show what will happen" (the preview of exactly these choices), and
 * only then the roll-over itself.
 */
export function RollOverSection({ fromYearId, onDone }: { fromYearId: number; onDone(notice: string): void }) {
  const { t, format } = useI18n();
  const [base, setBase] = useState<RollOverPreview | null>(null);
  const [dates, setDates] = useState<YearDates | null>(null);
  const [choices, setChoices] = useState<Choices>({ leavers: new Set(), repeaters: new Set() });
  const [decision, setDecision] = useState({ decisionDate: '', decisionNo: '' });
  const [shown, setShown] = useState<{ key: string; preview: RollOverPreview } | null>(null);
  const [loadError, setLoadError] = useState<ApiErrorBody | null>(null);
  const previewing = useSubmit<RollOverPreview>();
  const rolling = useSubmit<RollOverResult>();
  const error = withLocalDates(rolling.error ?? previewing.error ?? loadError, format.date);

  useEffect(() => {
    let live = true;
    void call(api()['yearEnd.rollOverPreview']({ fromYearId })).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(r.error);
      setBase(r.value);
      setDates(r.value.proposed);
    });
    return () => {
      live = false;
    };
  }, [fromYearId]);

  const decisions = {
    fromYearId,
    leavers: [...choices.leavers],
    repeaters: choices.repeaters.size ? [{ studentIds: [...choices.repeaters], ...decision }] : [],
  };
  const key = JSON.stringify(decisions);
  const current = shown?.key === key ? shown.preview : null;

  async function showPlan() {
    rolling.setError(null);
    const preview = await previewing.run(() => api()['yearEnd.rollOverPreview'](decisions));
    if (preview) setShown({ key, preview });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!dates || !current) return;
    const done = await rolling.run(() => api()['yearEnd.rollOver']({ ...decisions, ...dates }));
    if (done) onDone(t('yearEnd.roll.done', { ...done }));
  }

  if (!base || !dates) return <YearEndRefusal error={loadError} own={() => false} />;
  return (
    <form className="panel" aria-label={t('yearEnd.roll.title')} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('yearEnd.roll.title')}</h2>
      <p className="muted">{t('yearEnd.roll.lead', { grade: base.lastGrade })}</p>
      <fieldset disabled={rolling.busy}>
        <NextYearFields value={dates} onChange={setDates} error={error} />
        <fieldset>
          <legend>{t('yearEnd.roll.pupils')}</legend>
          <p className="muted">{t('yearEnd.roll.pupilsLead')}</p>
          <PupilChoices classes={base.classes} choices={choices} onChange={setChoices} />
          {choices.repeaters.size ? (
            <fieldset className="grid-2">
              <legend>{t('yearEnd.roll.decision')}</legend>
              <Field
                type="date"
                label={t('yearEnd.roll.decisionDate')}
                path="repeaters.0.decisionDate"
                value={decision.decisionDate}
                onChange={(decisionDate) => setDecision((d) => ({ ...d, decisionDate }))}
                error={error}
              />
              <Field
                label={t('yearEnd.roll.decisionNo')}
                path="repeaters.0.decisionNo"
                value={decision.decisionNo}
                onChange={(decisionNo) => setDecision((d) => ({ ...d, decisionNo }))}
                error={error}
                maxLength={40}
              />
            </fieldset>
          ) : null}
        </fieldset>
        <div className="actions">
          <button type="button" onClick={() => void showPlan()} disabled={previewing.busy}>
            {t('yearEnd.roll.showPlan')}
          </button>
        </div>
        {shown && !current ? <p className="notice notice-info">{t('yearEnd.roll.stale')}</p> : null}
        {current ? <RollOverPlan preview={current} /> : null}
        <YearEndRefusal error={error} own={ownPath} />
        <div className="actions">
          <button type="submit" className="primary" disabled={!current || rolling.busy}>
            {t('yearEnd.roll.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
