import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { YearDates, YearRow } from '../../../src-main/api/contract/calendar';
import { api, call } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { GradingTable } from './GradingTable';
import { YearForm, datesOf } from './YearForm';
import { YearList } from './YearList';

/** The deputy's calendar: the years, one year's dates and holidays, and its grading scale. */
export function YearsPage() {
  const { t } = useI18n();
  const [years, setYears] = useState<YearRow[]>([]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [proposal, setProposal] = useState<YearDates | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async (select?: number) => {
    const result = await call(api()['years.list']());
    if (!result.ok) return setError(result.error);
    setYears(result.value);
    setSelectedId((old) => select ?? old ?? result.value.find((y) => y.isCurrent)?.id ?? result.value[0]?.id ?? null);
  }, []);

  useEffect(() => {
    // Loading the years on arrival is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  async function startNew() {
    setNotice(null);
    const result = await call(api()['years.propose']());
    if (result.ok) setProposal(result.value);
    else setError(result.error);
  }

  async function makeCurrent(year: YearRow) {
    const result = await call(api()['years.setCurrent']({ yearId: year.id }));
    setError(result.ok ? null : result.error);
    void reload();
  }

  const selected = years.find((y) => y.id === selectedId) ?? null;

  return (
    <main className="page">
      <h1>{t('years.title')}</h1>
      <ErrorNotice error={error} />
      <SuccessNotice text={notice} />
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void startNew()} disabled={proposal !== null}>
          {t('years.add')}
        </button>
      </div>
      {proposal ? (
        <YearForm
          initial={proposal}
          onCancel={() => setProposal(null)}
          onSaved={(year) => {
            setProposal(null);
            setNotice(t('years.created'));
            void reload(year.id);
          }}
        />
      ) : null}
      <YearList
        years={years}
        selectedId={selectedId}
        onSelect={(y) => setSelectedId(y.id)}
        onMakeCurrent={makeCurrent}
      />
      {selected ? (
        <>
          <YearForm
            // A new key per year (and per saved version) starts the form afresh from the stored dates.
            key={`${selected.id}:${JSON.stringify(datesOf(selected))}`}
            initial={datesOf(selected)}
            yearId={selected.id}
            readOnly={selected.state === 'closed'}
            onSaved={(year) => {
              setNotice(t('years.saved'));
              void reload(year.id);
            }}
          />
          <GradingTable key={selected.id} yearId={selected.id} readOnly={selected.state === 'closed'} />
        </>
      ) : null}
    </main>
  );
}
