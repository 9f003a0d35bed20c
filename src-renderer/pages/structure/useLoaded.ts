import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import { call } from '../../api/api';

/** A list fetched on arrival and on `reload()`, with the last refusal, for the sections of this screen. */
export function useLoaded<T>(fetch: () => Promise<ApiResult<T>>, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const reload = useCallback(async () => {
    const result = await call(fetch());
    if (result.ok) {
      setValue(result.value);
      setError(null);
    } else setError(result.error);
  }, [fetch]);
  useEffect(() => {
    // Loading on arrival (and when what to load changes) is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);
  return { value, error, setError, reload };
}
