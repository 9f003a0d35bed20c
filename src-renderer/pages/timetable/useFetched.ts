import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import { call } from '../../api/api';

/**
 * A value fetched on arrival and whenever `fetch` changes, which a save may also replace directly
 * with what the API returned (no second round trip).
 */
export function useFetched<T>(fetch: () => Promise<ApiResult<T>>, initial: T) {
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
  return { value, setValue, error, reload };
}
