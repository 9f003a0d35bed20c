import type { NetworkStatus } from '../../../src-main/api/contract/network';
import { useI18n } from '../../i18n/i18n';
import { QrCode } from './QrCode';

/**
 * What a teacher needs to connect: the address(es) with a QR code each, and the certificate's
 * fingerprint to compare the first time. Printable on its own as a notice for the staff room.
 */
export function AccessSection({ status, schoolName }: { status: NetworkStatus; schoolName: string }) {
  const { t, format } = useI18n();

  function print() {
    // Only this block is printed while the class is on (see network.css); removed after printing.
    const root = document.documentElement;
    root.classList.add('print-network');
    const done = () => root.classList.remove('print-network');
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  return (
    <section className="panel network-access" aria-labelledby="network-access-title">
      <div className="network-printable">
        <p className="network-print-only">{schoolName}</p>
        <h2 id="network-access-title">{t('network.addresses')}</h2>
        <p className="muted">{t('network.addresses.lead')}</p>
        {status.addresses.length === 0 ? <p>{t('network.addresses.none')}</p> : null}
        <ul className="network-addresses">
          {status.addresses.map((a) => (
            <li key={a.address}>
              <QrCode matrix={a.qr} label={t('network.qr', { url: a.url })} />
              <p>
                <strong className="network-url">{a.url}</strong>
              </p>
              {status.certificate && !a.inCertificate ? (
                <p className="muted">{t('network.addresses.notInCertificate')}</p>
              ) : null}
            </li>
          ))}
        </ul>
        <h3>{t('network.certificate')}</h3>
        {status.certificate ? (
          <>
            <p className="muted">{t('network.certificate.lead')}</p>
            <p>
              {t('network.fingerprint')}:{' '}
              <code className="network-fingerprint" data-testid="network-fingerprint">
                {status.certificate.fingerprint}
              </code>
            </p>
            <p className="muted">{t('network.validTo', { date: format.date(status.certificate.validTo) })}</p>
          </>
        ) : (
          <p className="muted">{t('network.certificate.none')}</p>
        )}
      </div>
      {status.certificate ? (
        <div className="actions">
          <button type="button" onClick={print}>
            {t('network.print')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
