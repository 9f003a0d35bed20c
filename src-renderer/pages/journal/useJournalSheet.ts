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

/**
 * The period marks a journal period's columns hold: the quarter's or the half-year's; for the year, the
 * year mark, the exam and the final mark (000 §2.4), in that order.
 */
export function periodMarksOf(period: JournalPage['period']): { kind: PeriodMarkKindCode; number: number }[] {
  if (period.kind === 'quarter') return [{ kind: 'quarter', number: period.number }];
  if (period.kind === 'half_year') return [{ kind: 'half_year', number: period.number }];
  if (period.kind === 'year') {
    return [
      { kind: 'year', number: 0 },
      { kind: 'exam', number: 0 },
      { kind: 'final', number: 0 },
    ];
  }
  return [];
}

interface Loaded {
  page: JournalPage;
  periodSheets: PeriodMarkSheet[];
}

/**
 * One journal page, its period-mark column, and the writes on them. After every write both are read
 * again whole: the server answers in milliseconds, and what the teacher sees is then always what is
 * stored, averages and proposals included. Writes run one at a time, in the order typed, so fast
 * typing cannot reorder two marks. A refusal stays on screen until the teacher dismisses it or another
 * one replaces it: the next successful key press must not hide why the one before did nothing.
 */
export function useJournalSheet(query: SheetQuery) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The page as last read, for a queued write to decide on before React has rendered it.
  const latest = useRef<Loaded | null>(null);
  const { classSubjectId, subgroupId, periodId } = query;

  const read = useCallback(async (): Promise<ApiResult<Loaded>> => {
    const group = subgroupId !== null ? { subgroupId } : {};
    const page = await call(api()['journal.page']({ classSubjectId, periodId, ...group }));
    if (!page.ok) return page;
    const sheets = await Promise.all(
      periodMarksOf(page.value.period).map((which) =>
        call(api()['periodMarks.sheet']({ classSubjectId, ...which, ...group })),
      ),
    );
    const periodSheets = sheets.flatMap((sheet) => (sheet.ok ? [sheet.value] : []));
    return { ok: true, value: { page: page.value, periodSheets } };
  }, [classSubjectId, subgroupId, periodId]);

  const reload = useCallback(async () => {
    const result = await read();
    if (result.ok) {
      latest.current = result.value;
      setLoaded(result.value);
    } else setError(result.error);
  }, [read]);

  useEffect(() => {
    let live = true;
    void read().then((result) => {
      if (!live) return;
      if (result.ok) {
        latest.current = result.value;
        setLoaded(result.value);
      } else setError(result.error);
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

  const latestPage = useCallback(() => latest.current?.page ?? null, []);
  return {
    latestPage,
    page: loaded?.page ?? null,
    periodSheets: loaded?.periodSheets ?? [],
    error,
    setError,
    busy,
    write,
  };
}
