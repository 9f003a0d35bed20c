import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import type { JournalPage } from '../../../src-main/api/contract/journal';
import { api, call } from '../../api/api';

export interface SheetQuery {
  classSubjectId: number;
  subgroupId: number | null;
  periodId: number;
}

/**
 * One journal page and the writes on it. After every write the page is read again whole: the server
 * answers in milliseconds, and what the teacher sees is then always what is stored, averages included.
 * Writes run one at a time, in the order typed, so fast typing cannot reorder two marks.
 */
export function useJournalSheet(query: SheetQuery) {
  const [page, setPage] = useState<JournalPage | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const { classSubjectId, subgroupId, periodId } = query;

  const read = useCallback(
    () => call(api()['journal.page']({ classSubjectId, periodId, ...(subgroupId !== null ? { subgroupId } : {}) })),
    [classSubjectId, subgroupId, periodId],
  );
  const reload = useCallback(async () => {
    const result = await read();
    if (result.ok) setPage(result.value);
    else setError(result.error);
  }, [read]);

  useEffect(() => {
    let live = true;
    void read().then((result) => {
      if (!live) return;
      if (result.ok) setPage(result.value);
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

  return { page, error, setError, busy, reload, write };
}
