import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import type { JournalPage } from '../../../src-main/api/contract/journal';
import type { PeriodMarkKindCode, PeriodMarkSheet } from '../../../src-main/api/contract/period-marks';
import { api, call } from '../../api/api';

export interface SheetQuery {
  classSubjectId: number;
  subgroupId: number | null;
  periodId: number;
}

/** The period mark a journal period's column holds: the quarter's, the half-year's or the year's. */
export function periodMarkOf(period: JournalPage['period']): { kind: PeriodMarkKindCode; number: number } | null {
  if (period.kind === 'quarter') return { kind: 'quarter', number: period.number };
  if (period.kind === 'half_year') return { kind: 'half_year', number: period.number };
  if (period.kind === 'year') return { kind: 'year', number: 0 };
  return null;
}

interface Loaded {
  page: JournalPage;
  periodSheet: PeriodMarkSheet | null;
}

/**
 * One journal page, its period-mark column, and the writes on them. After every write both are read
 * again whole: the server answers in milliseconds, and what the teacher sees is then always what is
 * stored, averages and proposals included. Writes run one at a time, in the order typed, so fast
 * typing cannot reorder two marks.
 */
export function useJournalSheet(query: SheetQuery) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const { classSubjectId, subgroupId, periodId } = query;

  const read = useCallback(async (): Promise<ApiResult<Loaded>> => {
    const group = subgroupId !== null ? { subgroupId } : {};
    const page = await call(api()['journal.page']({ classSubjectId, periodId, ...group }));
    if (!page.ok) return page;
    const which = periodMarkOf(page.value.period);
    const sheet = which ? await call(api()['periodMarks.sheet']({ classSubjectId, ...which, ...group })) : null;
    return { ok: true, value: { page: page.value, periodSheet: sheet?.ok ? sheet.value : null } };
  }, [classSubjectId, subgroupId, periodId]);

  const reload = useCallback(async () => {
    const result = await read();
    if (result.ok) setLoaded(result.value);
    else setError(result.error);
  }, [read]);

  useEffect(() => {
    let live = true;
    void read().then((result) => {
      if (!live) return;
      if (result.ok) setLoaded(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [read]);

  /** Runs one write after the ones before it; resolves to its value, or null after showing the refusal. */
  const write = useCallback(
    <T>(request: () => Promise<ApiResult<T>>): Promise<T | null> => {
      const next = queue.current.then(async () => {
        setBusy(true);
        try {
          const result = await call(request());
          if (!result.ok) {
            setError(result.error);
            return null;
          }
          setError(null);
          await reload();
          return result.value;
        } finally {
          setBusy(false);
        }
      });
      queue.current = next.catch(() => null);
      return next;
    },
    [reload],
  );

  return { page: loaded?.page ?? null, periodSheet: loaded?.periodSheet ?? null, error, setError, busy, write };
}
