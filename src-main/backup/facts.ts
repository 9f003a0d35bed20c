import type { Database } from '../db/connection';
import { school } from '../db/schema';
import { installKey, installKeyFile } from './keys';
import type { Recipient } from './seal';
import { readBackupSettings } from './settings';
import { programVersion } from './version';
import type { WriteRequest } from './write';

/* What a new backup of a database is made with: whom it is encrypted to, and what its header says. */

/** The passphrase's key pair once one is set; this computer's key until then. */
export function defaultRecipient(db: Database): Recipient {
  const key = readBackupSettings(db).schoolKey;
  if (key) return { kind: 'passphrase', publicKey: key.publicKey, sealed: key.sealed };
  return { kind: 'install', publicKey: installKey(installKeyFile(db.file)).publicKey };
}

/** What a backup's header says about the database it was made from. */
export function headerFacts(db: Database, at: Date): WriteRequest['facts'] {
  const s = db.orm.select({ nameKy: school.nameKy, nameRu: school.nameRu }).from(school).get();
  return {
    school: s ? { nameKy: s.nameKy, nameRu: s.nameRu } : null,
    createdAt: at.toISOString(),
    programVersion,
    schemaVersion: db.schemaVersion,
  };
}
