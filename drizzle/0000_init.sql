CREATE TABLE `grading_rule` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year_id` integer NOT NULL,
	`grade` integer NOT NULL,
	`half_year` integer,
	`scale` text NOT NULL,
	FOREIGN KEY (`year_id`) REFERENCES `academic_year`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "grading_rule_grade" CHECK("grading_rule"."grade" between 1 and 12)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grading_rule_unique` ON `grading_rule` (`year_id`,`grade`,`half_year`);--> statement-breakpoint
CREATE TABLE `school` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_ky` text NOT NULL,
	`name_ru` text NOT NULL,
	`okpo` text,
	`address` text,
	`district` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE TABLE `setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text,
	`updated_by` integer
);
--> statement-breakpoint
CREATE TABLE `academic_year` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`is_current` integer DEFAULT false NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`closed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "academic_year_dates" CHECK("academic_year"."starts_on" < "academic_year"."ends_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `academic_year_title` ON `academic_year` (`title`);--> statement-breakpoint
CREATE TABLE `holiday` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year_id` integer NOT NULL,
	`title` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	FOREIGN KEY (`year_id`) REFERENCES `academic_year`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `holiday_year` ON `holiday` (`year_id`);--> statement-breakpoint
CREATE TABLE `period` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	FOREIGN KEY (`year_id`) REFERENCES `academic_year`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "period_dates" CHECK("period"."starts_on" <= "period"."ends_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_unique` ON `period` (`year_id`,`kind`,`number`);--> statement-breakpoint
CREATE TABLE `login_attempt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`login` text NOT NULL,
	`user_id` integer,
	`address` text,
	`success` integer DEFAULT false NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `login_attempt_at` ON `login_attempt` (`at`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`transport` text NOT NULL,
	`address` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_user` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`surname` text NOT NULL,
	`name` text NOT NULL,
	`patronymic` text,
	`position` text,
	`phone` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE TABLE `user` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`login` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`state` text DEFAULT 'active' NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`password_changed_at` text,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`last_sign_in_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_login` ON `user` (lower("login"));--> statement-breakpoint
CREATE UNIQUE INDEX `user_staff` ON `user` (`staff_id`);--> statement-breakpoint
CREATE TABLE `class` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year_id` integer NOT NULL,
	`grade` integer NOT NULL,
	`letter` text NOT NULL,
	`letter_key` text NOT NULL,
	`language` text NOT NULL,
	`shift` integer DEFAULT 1 NOT NULL,
	`class_teacher_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`year_id`) REFERENCES `academic_year`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`class_teacher_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "class_grade" CHECK("class"."grade" between 1 and 12),
	CONSTRAINT "class_shift" CHECK("class"."shift" in (1, 2))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `class_unique` ON `class` (`year_id`,`grade`,`letter_key`);--> statement-breakpoint
CREATE TABLE `enrollment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`class_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`arrived_from` text,
	`arrival_reason` text,
	`departed_to` text,
	`departure_kind` text,
	`departure_reason` text,
	`order_no` text,
	`departure_order_no` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`class_id`) REFERENCES `class`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enrollment_dates" CHECK("enrollment"."to_date" is null or "enrollment"."from_date" <= "enrollment"."to_date")
);
--> statement-breakpoint
CREATE INDEX `enrollment_class` ON `enrollment` (`class_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `enrollment_student` ON `enrollment` (`student_id`);--> statement-breakpoint
CREATE TABLE `guardian` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`full_name` text NOT NULL,
	`relation` text,
	`phone` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guardian_student` ON `guardian` (`student_id`);--> statement-breakpoint
CREATE TABLE `student` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`surname` text NOT NULL,
	`name` text NOT NULL,
	`patronymic` text,
	`birth_date` text,
	`sex` text,
	`pin` text,
	`address` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	CONSTRAINT "student_pin_digits" CHECK("student"."pin" is null or (length("student"."pin") = 14 and "student"."pin" not glob '*[^0-9]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `student_pin` ON `student` (`pin`) WHERE "student"."pin" is not null;--> statement-breakpoint
CREATE INDEX `student_birth_date` ON `student` (`birth_date`);--> statement-breakpoint
CREATE TABLE `class_subject` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`teacher_id` integer,
	`hours_per_week` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `class`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`teacher_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "class_subject_hours" CHECK("class_subject"."hours_per_week" > 0)
);
--> statement-breakpoint
CREATE INDEX `class_subject_class` ON `class_subject` (`class_id`);--> statement-breakpoint
CREATE INDEX `class_subject_teacher` ON `class_subject` (`teacher_id`);--> statement-breakpoint
CREATE TABLE `plan_topic` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`subgroup_id` integer,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`hours` real DEFAULT 1 NOT NULL,
	`planned_date` text,
	`section` text,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subgroup_id`) REFERENCES `subgroup`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_topic_class_subject` ON `plan_topic` (`class_subject_id`,`position`);--> statement-breakpoint
CREATE TABLE `subgroup` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`name` text NOT NULL,
	`teacher_id` integer,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`teacher_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subgroup_class_subject` ON `subgroup` (`class_subject_id`);--> statement-breakpoint
CREATE TABLE `subgroup_member` (
	`subgroup_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	PRIMARY KEY(`subgroup_id`, `student_id`),
	FOREIGN KEY (`subgroup_id`) REFERENCES `subgroup`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `subject` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_ky` text NOT NULL,
	`name_ru` text NOT NULL,
	`short_ky` text,
	`short_ru` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `substitution` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`date` text NOT NULL,
	`lesson_number` integer,
	`absent_teacher_id` integer,
	`substitute_id` integer NOT NULL,
	`reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`absent_teacher_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`substitute_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `substitution_date` ON `substitution` (`date`);--> statement-breakpoint
CREATE TABLE `timetable_slot` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`subgroup_id` integer,
	`weekday` integer NOT NULL,
	`lesson_number` integer NOT NULL,
	`room` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subgroup_id`) REFERENCES `subgroup`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "timetable_weekday" CHECK("timetable_slot"."weekday" between 1 and 7)
);
--> statement-breakpoint
CREATE INDEX `timetable_slot_class_subject` ON `timetable_slot` (`class_subject_id`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lesson_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`status` text NOT NULL,
	`reason_kind` text DEFAULT 'unexcused' NOT NULL,
	`reason` text,
	`late_minutes` integer,
	`entered_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`entered_by` integer,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`lesson_id`) REFERENCES `lesson`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_unique` ON `attendance` (`lesson_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `attendance_student` ON `attendance` (`student_id`);--> statement-breakpoint
CREATE TABLE `lesson` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`subgroup_id` integer,
	`date` text NOT NULL,
	`lesson_number` integer,
	`plan_topic_id` integer,
	`topic` text,
	`class_work` text,
	`homework` text,
	`taught_by` integer,
	`is_substitution` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subgroup_id`) REFERENCES `subgroup`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_topic_id`) REFERENCES `plan_topic`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taught_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lesson_class_subject_date` ON `lesson` (`class_subject_id`,`date`);--> statement-breakpoint
CREATE TABLE `mark` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lesson_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`value` text NOT NULL,
	`numeric` real,
	`kind` text DEFAULT 'general' NOT NULL,
	`comment` text,
	`entered_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`entered_by` integer,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`lesson_id`) REFERENCES `lesson`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mark_unique` ON `mark` (`lesson_id`,`student_id`,`kind`);--> statement-breakpoint
CREATE INDEX `mark_student` ON `mark` (`student_id`);--> statement-breakpoint
CREATE TABLE `period_mark` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` integer DEFAULT 0 NOT NULL,
	`period_id` integer,
	`proposed_average` real,
	`proposed_value` text,
	`value` text NOT NULL,
	`set_by` integer,
	`set_at` text NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `student`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `period`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "period_mark_number" CHECK("period_mark"."number" between 0 and 4)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_mark_unique` ON `period_mark` (`class_subject_id`,`student_id`,`kind`,`number`);--> statement-breakpoint
CREATE TABLE `audit_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`actor` text,
	`action` text NOT NULL,
	`entity` text,
	`entity_id` text,
	`before` text,
	`after` text,
	`reason` text,
	`address` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_entry` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_entry` (`at`);--> statement-breakpoint
CREATE TABLE `backup_drive` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`volume_id` text NOT NULL,
	`label` text,
	`marked_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`marked_by` integer,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`marked_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `backup_drive_volume_id_unique` ON `backup_drive` (`volume_id`);--> statement-breakpoint
CREATE TABLE `backup_record` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	`reason` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_path` text NOT NULL,
	`file_name` text NOT NULL,
	`size_bytes` integer,
	`sha256` text,
	`schema_version` text,
	`status` text NOT NULL,
	`error` text,
	`verified_at` text,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `backup_record_created` ON `backup_record` (`created_at`);--> statement-breakpoint
CREATE TABLE `printed_document` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`language` text NOT NULL,
	`fingerprint` text NOT NULL,
	`pages` integer,
	`printed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`printed_by` integer,
	FOREIGN KEY (`printed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `printed_document_fingerprint` ON `printed_document` (`fingerprint`);