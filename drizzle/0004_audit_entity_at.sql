-- The entity's index also holds each entry's moment: filling control counts the marks and attendance
-- entered after their lesson's day by the key's prefix (`lesson:`) and the moment, from the index
-- alone, instead of reading every entry of the range's lessons from the trail's table (most of the
-- report's time on a 3,000-pupil school). Same name: what reads the index by it (the bench's size figure)
-- still finds it.
DROP INDEX `audit_entity`;--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_entry` (`entity`,`entity_id`,`at`);