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
  /** The page's version when it was read (journal.pageVersion): polling compares against it. */
  version: string | null;
}

/** How often an open page asks whether someone else changed it. */
const pollEveryMs = 10_000;

/**
 * One journal page, its period-mark column, and the writes on them. After every write both are read
 * again whole: the server answers in milliseconds, and what the teacher sees is then always what is
 * stored, averages and proposals included. Writes run one at a time, in the order typed, so fast
 * typing cannot reorder two marks. A refusal stays on screen until the teacher dismisses it or another
 * one replaces it: the next successful key press must not hide why the one before did nothing.
 * Colleagues' entries appear by themselves: the page's version is polled and the page read again
 * when it changed; a write refused because the cell changed meanwhile reads the page again too.
 */
export function useJournalSheet(query: SheetQuery) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const writing = useRef(0);
  // The page as last read, for a queued write to decide on before React has rendered it.
  const latest = useRef<Loaded | null>(null);
  const { classSubjectId, subgroupId, periodId } = query;

  const read = useCallback(async (): Promise<ApiResult<Loaded>> => {
    const group = subgroupId !== null ? { subgroupId } : {};
    // The version first: a change between the two reads then shows as a newer version at the next poll.
    const version = await call(api()['journal.pageVersion']({ classSubjectId, periodId, ...group }));
    const page = await call(api()['journal.page']({ classSubjectId, periodId, ...group }));
    if (!page.ok) return page;
    const sheets = await Promise.all(
      periodMarksOf(page.value.period).map((which) =>
        call(api()['periodMarks.sheet']({ classSubjectId, ...which, ...group })),
      ),
    );
    const periodSheets = sheets.flatMap((sheet) => (sheet.ok ? [sheet.value] : []));
    return { ok: true, value: { page: page.value, periodSheets, version: version.ok ? version.value : null } };
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
      writing.current += 1;
      const next = queue.current.then(async () => {
        setBusy(true);
        try {
          const result = await call(request());
          if (!result.ok) {
            setError(result.error);
            // Someone else changed the cell or the lesson: show what it holds now, beside the refusal.
            if (result.error.code === 'STALE_WRITE' || result.error.code === 'STALE_LESSON') await reload();
            return null;
          }
          await reload();
          return result.value;
        } finally {
          writing.current -= 1;
          setBusy(false);
        }
      });
      queue.current = next.catch(() => null);
      return next;
    },
    [reload],
  );

  useEffect(() => {
    const group = subgroupId !== null ? { subgroupId } : {};
    const poll = async () => {
      if (writing.current > 0 || document.visibilityState !== 'visible' || !latest.current) return;
      const seen = latest.current.version;
      const now = await call(api()['journal.pageVersion']({ classSubjectId, periodId, ...group }));
      // Typing may have begun while asking: its own reads keep the page current then.
      if (now.ok && now.value !== seen && writing.current === 0 && latest.current.version === seen) await reload();
    };
    const timer = window.setInterval(() => void poll(), pollEveryMs);
    return () => window.clearInterval(timer);
  }, [classSubjectId, subgroupId, periodId, reload]);

  const latestPage = useCallback(() => latest.current?.page ?? null, []);
  const latestPeriodSheets = useCallback(() => latest.current?.periodSheets ?? [], []);
  return {
    latestPage,
    latestPeriodSheets,
    page: loaded?.page ?? null,
    periodSheets: loaded?.periodSheets ?? [],
    error,
    setError,
    busy,
    write,
  };
}
