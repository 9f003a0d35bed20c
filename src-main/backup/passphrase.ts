import type { Database } from '../db/connection';
import { BackupError } from './errors';
import { minPassphraseLength, sealNewKeyPair, unsealPrivateKey } from './keys';
import { backupSettingKeys, readBackupSettings, writeBackupSetting, type SchoolKey } from './settings';

/*
 * The school's backup passphrase. Setting it makes a new key pair and keeps only its public half and
 * its private half sealed under scrypt(passphrase): the passphrase itself is stored nowhere, and
 * scheduled backups need it nowhere (they are encrypted to the public half). A new passphrase makes
 * a new pair: files made before open with the passphrase they were made under.
 */

export function passphraseProblem(passphrase: string): 'passphraseTooShort' | null {
  return [...passphrase.trim()].length < minPassphraseLength ? 'passphraseTooShort' : null;
}

export function setPassphrase(db: Database, passphrase: string, at: Date, by: number | null): SchoolKey {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new BackupError(problem);
  const { publicKey, sealed } = sealNewKeyPair(passphrase);
  const key: SchoolKey = { publicKey, sealed, setAt: at.toISOString() };
  writeBackupSetting(db, backupSettingKeys.schoolKey, key, at, by);
  return key;
}

/** Whether a passphrase is the one set now (it opens the stored seal). */
export function isCurrentPassphrase(db: Database, passphrase: string): boolean {
  const key = readBackupSettings(db).schoolKey;
  if (!key) return false;
  try {
    unsealPrivateKey(key.publicKey, key.sealed, passphrase);
    return true;
  } catch (error) {
    if (error instanceof BackupError && error.reason === 'wrongPassphrase') return false;
    throw error;
  }
}
