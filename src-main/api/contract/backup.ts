/*
 * Backups and restore (issue 6): the calls are declared here by the backup work; empty until then.
 */
export const backupCalls = {};
