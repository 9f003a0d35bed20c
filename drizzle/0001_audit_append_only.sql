-- The audit trail is append-only: no entry may be changed or removed, whoever asks.
CREATE TRIGGER `audit_entry_no_update` BEFORE UPDATE ON `audit_entry`
BEGIN
  SELECT RAISE(ABORT, 'audit_entry is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_entry_no_delete` BEFORE DELETE ON `audit_entry`
BEGIN
  SELECT RAISE(ABORT, 'audit_entry is append-only');
END;
--> statement-breakpoint
-- INSERT OR REPLACE deletes the old row without firing DELETE triggers (recursive_triggers is off):
-- refuse any insert that names an id already taken.
CREATE TRIGGER `audit_entry_no_replace` BEFORE INSERT ON `audit_entry`
WHEN NEW.`id` IS NOT NULL AND EXISTS (SELECT 1 FROM `audit_entry` WHERE `id` = NEW.`id`)
BEGIN
  SELECT RAISE(ABORT, 'audit_entry is append-only');
END;
