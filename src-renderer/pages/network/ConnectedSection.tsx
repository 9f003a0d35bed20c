import type { ConnectedSession } from '../../../src-main/api/contract/network';
import { useI18n } from '../../i18n/i18n';

/** Who uses the journal from another device now, and from where. */
export function ConnectedSection({ connected }: { connected: ConnectedSession[] }) {
  const { t, format } = useI18n();
  return (
    <section className="panel" aria-labelledby="network-connected-title">
      <h2 id="network-connected-title">{t('network.connected')}</h2>
      {connected.length === 0 ? (
        <p className="muted">{t('network.connected.none')}</p>
      ) : (
        <table aria-labelledby="network-connected-title">
          <thead>
            <tr>
              <th scope="col">{t('network.connected.who')}</th>
              <th scope="col">{t('network.connected.role')}</th>
              <th scope="col">{t('network.connected.address')}</th>
              <th scope="col">{t('network.connected.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {connected.map((c) => (
              <tr key={`${c.login}-${c.address}-${c.signedInAt}`}>
                <td>
                  {c.surname} {c.name} ({c.login})
                </td>
                <td>{t(`role.${c.role}`)}</td>
                <td>{c.address}</td>
                <td>{format.dateTime(c.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
