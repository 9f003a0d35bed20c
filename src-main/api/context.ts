import type { Database } from '../db/connection';
import type { SessionUser } from './contract/session';
import type { PrintJobs } from '../print/jobs';
import type { BackupService } from '../backup/service';
import type { NetworkControl } from '../network/service';
import type { UpdateService } from '../updates/update-service';

/** What every service needs: the open database and the clock (a test sets its own). */
export interface AppContext {
  db: Database;
  now: () => Date;
  /** Print jobs and their folder; absent where nothing is printed (most tests). */
  prints?: PrintJobs;
  /**
   * Makes and verifies a backup before a risky action (restore, import, closing a year, roll-over);
   * throws when it cannot, so the action does not start. Absent where there is no backup folder
   * (most tests): the action then goes ahead without one.
   */
  backupBeforeRisky?: (reason: 'restore' | 'import' | 'closeYear' | 'rollOver') => void;
  /** Backups to the local folder, restore and the passphrase (backup/scheduler.ts `installBackups`). */
  backups?: BackupService;
  /** The listener that serves the school's network (network/service.ts); absent where none runs. */
  network?: NetworkControl;
  /** Updates of the program (Electron main only; updates/update-service.ts). */
  updates?: UpdateService;
}

/** Who is asking, as the transport saw it. */
export interface Caller {
  /** The session token from the cookie (HTTP) or held for the window (IPC); null when none. */
  token: string | null;
  transport: 'ipc' | 'http';
  address: string | null;
}

export interface AuditDetail {
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** What a handler gets for one call. */
export interface CallContext {
  app: AppContext;
  now: Date;
  caller: Caller;
  /** Null only in public calls. */
  user: SessionUser | null;
  /** Adds a detailed audit entry (old → new) for this call; without one the router records the input. */
  audit(detail: AuditDetail): void;
  /** Gives the caller a new session (sign-in); the transport keeps the token. */
  issueSession(token: string): void;
  endSession(): void;
}

export function signedInUser(ctx: CallContext): SessionUser {
  if (!ctx.user) throw new Error('This call needs a session; the router should have refused it');
  return ctx.user;
}
