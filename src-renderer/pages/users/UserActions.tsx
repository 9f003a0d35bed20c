import { useState } from 'react';
import type { ApiErrorBody, ApiResult, IssuedCredentials, UserRow } from '../../../src-main/api/contract';
import { api, call } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/errors';

type Pending = 'reset' | 'deactivate' | null;

/** Reset a password or switch an account off and on; each asks once before it acts. */
export function UserActions({
  user,
  onChanged,
  onIssued,
}: {
  user: UserRow;
  onChanged(): void;
  onIssued(issued: IssuedCredentials[]): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const fullName = `${user.surname} ${user.name}`;

  async function act<T>(request: Promise<ApiResult<T>>, then: (value: T) => void) {
    setPending(null);
    const result = await call(request);
    if (result.ok) {
      setError(null);
      then(result.value);
    } else setError(result.error);
  }

  if (pending) {
    return (
      <span className="confirm">
        {pending === 'reset'
          ? t('users.confirmReset', { name: fullName })
          : t('users.confirmDeactivate', { name: fullName })}{' '}
        <button
          type="button"
          className="danger"
          onClick={() =>
            pending === 'reset'
              ? void act(api()['users.resetPassword']({ userId: user.userId }), (issued) => onIssued([issued]))
              : void act(api()['users.setActive']({ userId: user.userId, active: false }), onChanged)
          }
        >
          {t('common.yes')}
        </button>
        <button type="button" onClick={() => setPending(null)}>
          {t('common.cancel')}
        </button>
      </span>
    );
  }
  return (
    <span className="row-actions">
      {user.active ? (
        <>
          <button type="button" onClick={() => setPending('reset')}>
            {t('users.resetPassword')}
          </button>
          <button type="button" onClick={() => setPending('deactivate')}>
            {t('users.deactivate')}
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => void act(api()['users.setActive']({ userId: user.userId, active: true }), onChanged)}
        >
          {t('users.activate')}
        </button>
      )}
      {error ? (
        <span className="field-error" role="alert">
          {errorText(error, i18n)}
        </span>
      ) : null}
    </span>
  );
}
