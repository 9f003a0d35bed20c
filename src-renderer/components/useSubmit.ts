import { useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../src-main/api/contract';
import { call } from '../api/api';

/** One form's submission: busy flag, last error, and a runner that ignores double submits. */
export function useSubmit<T>() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  async function run(request: () => Promise<ApiResult<T>>): Promise<T | null> {
    if (busy) return null;
    setBusy(true);
    setError(null);
    try {
      const result = await call(request());
      if (result.ok) return result.value;
      setError(result.error);
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
