import { useEffect, useState } from 'react';
import { api, overHttp } from '../api/api';
import { onReachabilityChange } from '../api/http-api';
import { useI18n } from '../i18n/i18n';

/** How often a screen in a browser asks whether the program is still there. */
const heartbeatMs = 15_000;

/**
 * In a browser (a classroom PC, a phone) the program can go away under the screen: the office PC
 * closed it, or the network dropped. Then this says so at once, and that everything saved is kept,
 * and it goes away by itself when the program answers again. The heartbeat asks `setup.status`,
 * which needs no session, so that it never keeps an idle session alive.
 */
export function ConnectionNotice() {
  const { t } = useI18n();
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (!overHttp()) return;
    const stop = onReachabilityChange((reachable) => setLost(!reachable));
    const timer = window.setInterval(() => void api()['setup.status'](), heartbeatMs);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, []);
  if (!lost) return null;
  return (
    <p className="connection-lost no-print" role="alert">
      {t('connection.lost')}
    </p>
  );
}
