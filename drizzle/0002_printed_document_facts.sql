ALTER TABLE `printed_document` ADD `code` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `printed_document` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `printed_document` ADD `facts` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `printed_document_code` ON `printed_document` (`code`);