CREATE TABLE `remark` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_subject_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer NOT NULL,
	`text` text NOT NULL,
	`due_on` text NOT NULL,
	`fixed_at` text,
	`fixed_by` integer,
	`fixed_note` text,
	FOREIGN KEY (`class_subject_id`) REFERENCES `class_subject`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fixed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remark_class_subject` ON `remark` (`class_subject_id`);--> statement-breakpoint
CREATE INDEX `remark_open` ON `remark` (`fixed_at`);