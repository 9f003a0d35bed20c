import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { setting } from '../db/schema';
import { networkSettingsInput, type NetworkSettings } from '../api/contract/network';

export const networkSettingKey = 'network.access';

/** Off, and only teachers when switched on; a session from the network ends after 30 idle minutes. */
export const defaultNetworkSettings: NetworkSettings = {
  enabled: false,
  port: 4311,
  allowDeputy: false,
  allowDirector: false,
  idleMinutes: 30,
};

/** The stored settings, or the defaults; a malformed row (edited by hand) counts as not stored. */
export function readNetworkSettings(db: Database): NetworkSettings {
  const row = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, networkSettingKey)).get();
  const parsed = networkSettingsInput.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultNetworkSettings;
}

export function storedNetworkValue(db: Database): unknown {
  const row = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, networkSettingKey)).get();
  return row ? row.value : null;
}

export function writeNetworkSettings(db: Database, value: NetworkSettings, userId: number | null, now: Date): void {
  const at = now.toISOString();
  db.orm
    .insert(setting)
    .values({ key: networkSettingKey, value, updatedAt: at, updatedBy: userId })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: at, updatedBy: userId } })
    .run();
}
