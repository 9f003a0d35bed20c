import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSchoolCertificate, validityYears } from '../../src-main/network/certificate';
import { certificateFileName, loadOrCreateCertificate } from '../../src-main/network/certificate-store';
import { objectId, sequence, time, tlv, unsignedInteger } from '../../src-main/network/der';
import {
  hostNames,
  isOfficeAddress,
  networkAddresses,
  plainAddress,
  type Interfaces,
} from '../../src-main/network/addresses';
import { qrMatrix } from '../../src-main/network/qr';
import { makeTempDir, openTestApp, removeDir, staffSchool, type TestApp } from '../helpers/app';
import { request, startTestNetwork } from '../helpers/network';

describe('the DER encoder', () => {
  it('writes lengths in the shortest form', () => {
    expect(tlv(0x04, Buffer.alloc(5)).subarray(0, 2)).toEqual(Buffer.from([0x04, 5]));
    expect(tlv(0x04, Buffer.alloc(200)).subarray(0, 3)).toEqual(Buffer.from([0x04, 0x81, 200]));
    expect(tlv(0x04, Buffer.alloc(300)).subarray(0, 4)).toEqual(Buffer.from([0x04, 0x82, 0x01, 0x2c]));
    expect(sequence()).toEqual(Buffer.from([0x30, 0]));
  });

  it('writes integers without a redundant zero and with one where the top bit is set', () => {
    expect(unsignedInteger(Buffer.from([0, 0, 5]))).toEqual(Buffer.from([0x02, 1, 5]));
    expect(unsignedInteger(Buffer.from([0x80]))).toEqual(Buffer.from([0x02, 2, 0, 0x80]));
    expect(unsignedInteger(Buffer.from([0]))).toEqual(Buffer.from([0x02, 1, 0]));
  });

  it('writes object identifiers and times as X.509 has them', () => {
    // ecdsa-with-SHA256, as every certificate signed with it carries it.
    expect(objectId('1.2.840.10045.4.3.2').toString('hex')).toBe('06082a8648ce3d040302');
    expect(time(new Date('2036-12-06T03:04:05Z')).toString('latin1')).toBe('\x17\x0d361206030405Z');
    expect(time(new Date('2050-01-01T00:00:00Z')).toString('latin1')).toBe('\x18\x0f20500101000000Z');
  });
});

describe('the school certificate', () => {
  const now = new Date('2026-09-01T06:00:00Z');
  const subject = {
    commonName: '№5 орто мектеби',
    dnsNames: ['localhost', 'office-pc'],
    ipAddresses: ['127.0.0.1', '192.168.1.20'],
  };

  it('is a self-signed X.509 v3 certificate Node reads, for this key, this school and these addresses', () => {
    const made = createSchoolCertificate(subject, now);
    const x509 = new crypto.X509Certificate(made.cert);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(crypto.createPrivateKey(made.key))).toBe(true);
    expect(x509.publicKey.asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
    expect(x509.subject).toBe(x509.issuer);
    expect(x509.subject).toContain('CN=№5 орто мектеби');
    expect(x509.subjectAltName).toBe('DNS:localhost, DNS:office-pc, IP Address:127.0.0.1, IP Address:192.168.1.20');
    expect(x509.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(x509.checkHost('office-pc')).toBe('office-pc');
    expect(x509.ca).toBe(false);
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(Date.parse(x509.validFrom)).toBeLessThan(now.getTime());
    const years = (Date.parse(x509.validTo) - now.getTime()) / (365.25 * 24 * 3_600_000);
    expect(Math.round(years)).toBe(validityYears);
  });

  it('differs each time one is made (a new key, a new serial)', () => {
    const a = new crypto.X509Certificate(createSchoolCertificate(subject, now).cert);
    const b = new crypto.X509Certificate(createSchoolCertificate(subject, now).cert);
    expect(a.fingerprint256).not.toBe(b.fingerprint256);
    expect(a.serialNumber).not.toBe(b.serialNumber);
  });

  it('is stored once and read back, and replaced only when unusable', () => {
    const folder = path.join(makeTempDir(), 'network');
    try {
      const first = loadOrCreateCertificate(folder, () => subject, now);
      const again = loadOrCreateCertificate(folder, () => ({ ...subject, commonName: 'other' }), now);
      expect(again.fingerprint).toBe(first.fingerprint);
      fs.writeFileSync(path.join(folder, certificateFileName), 'not a certificate');
      const replaced = loadOrCreateCertificate(folder, () => subject, now);
      expect(replaced.fingerprint).not.toBe(first.fingerprint);
      // Expired: a new one the day after.
      const later = new Date(now);
      later.setUTCFullYear(later.getUTCFullYear() + validityYears + 1);
      expect(loadOrCreateCertificate(folder, () => subject, later).fingerprint).not.toBe(replaced.fingerprint);
    } finally {
      removeDir(path.dirname(folder));
    }
  });
});

describe('the certificate served', () => {
  let t: TestApp;
  beforeEach(() => {
    t = openTestApp();
    staffSchool(t);
  });
  afterEach(() => t.close());

  it('is the same across restarts of the listener: the same fingerprint', async () => {
    const first = await startTestNetwork(t);
    const served = await request(`${first.url}/`, { ca: first.certificate });
    await first.close();
    const second = await startTestNetwork(t);
    const again = await request(`${second.url}/`, { ca: first.certificate });
    await second.close();
    expect(served.fingerprint).toBe(first.fingerprint);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(second.fingerprint).toBe(first.fingerprint);
  });
});

describe('addresses', () => {
  const interfaces: Interfaces = {
    lo: [
      {
        address: '127.0.0.1',
        netmask: '255.0.0.0',
        family: 'IPv4',
        mac: '00:00:00:00:00:00',
        internal: true,
        cidr: '127.0.0.1/8',
      },
    ],
    eth0: [
      {
        address: '192.168.1.20',
        netmask: '255.255.255.0',
        family: 'IPv4',
        mac: '02:00:00:00:00:01',
        internal: false,
        cidr: '192.168.1.20/24',
      },
      {
        address: 'fe80::1',
        netmask: 'ffff:ffff:ffff:ffff::',
        family: 'IPv6',
        mac: '02:00:00:00:00:01',
        internal: false,
        cidr: 'fe80::1/64',
        scopeid: 2,
      },
    ],
  };

  it('takes only the PC’s own addresses for the office PC', () => {
    expect(isOfficeAddress('127.0.0.1', interfaces)).toBe(true);
    expect(isOfficeAddress('::ffff:192.168.1.20', interfaces)).toBe(true);
    expect(isOfficeAddress('192.168.1.21', interfaces)).toBe(false);
    expect(isOfficeAddress('127.0.0.2', interfaces)).toBe(false);
    expect(isOfficeAddress(null, interfaces)).toBe(false);
    expect(plainAddress('::ffff:10.0.0.5')).toBe('10.0.0.5');
  });

  it('offers the non-internal IPv4 addresses, and a host name only if it can be one', () => {
    expect(networkAddresses(interfaces)).toEqual(['192.168.1.20']);
    expect(hostNames('Office-PC')).toEqual(['office-pc']);
    expect(hostNames('ОФИС_ПК')).toEqual([]);
  });
});

describe('the QR code', () => {
  it('is a square of modules with the three finder patterns, larger for longer text', () => {
    const small = qrMatrix('https://192.168.1.20:4311/');
    expect(small.rows).toHaveLength(small.size);
    for (const row of small.rows) expect(row).toMatch(new RegExp(`^[01]{${small.size}}$`));
    const finder = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];
    const n = small.size;
    finder.forEach((line, i) => {
      expect(small.rows[i]?.slice(0, 7)).toBe(line);
      expect(small.rows[i]?.slice(n - 7)).toBe(line);
      expect(small.rows[n - 7 + i]?.slice(0, 7)).toBe(line);
    });
    // Version 1 is 21 modules, and each version adds 4.
    expect((n - 21) % 4).toBe(0);
    expect(qrMatrix(`https://192.168.1.20:4311/${'x'.repeat(100)}`).size).toBeGreaterThan(n);
  });
});
