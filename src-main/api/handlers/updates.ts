import { appendAudit } from '../../audit/audit-log';
import { transaction } from '../../db/connection';
import { programVersion } from '../../backup/version';
import { UpdateError } from '../../updates/errors';
import { checksOnline, setChecksOnline } from '../../updates/settings';
import { busyWith } from '../../updates/before-install';
import type { UpdateService } from '../../updates/update-service';
import type { UpdateStatus } from '../contract/updates';
import { ApiError } from '../api-error';
import { signedInUser, type CallContext } from '../context';
import type { HandlerMap } from './types';

/** The Updates screen's calls. Where no updater runs (the browser mode, tests) the status says so. */

function refusal(error: UpdateError): ApiError {
  return new ApiError('CONFLICT', undefined, [
    { path: 'version', message: error.key, ...(error.detail ? { params: { detail: error.detail } } : {}) },
  ]);
}

function refusing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UpdateError) throw refusal(error);
    throw error;
  }
}

function status(ctx: CallContext): UpdateStatus {
  const service = ctx.app.updates;
  if (service) return service.status();
  return {
    supported: false,
    currentVersion: programVersion,
    checkOnline: checksOnline(ctx.app.db),
    phase: 'idle',
    source: null,
    version: null,
    driveLabel: null,
    progress: null,
    checkedAt: null,
    error: null,
    refused: null,
    busy: busyWith(ctx.app),
  };
}

function updates(ctx: CallContext): UpdateService {
  const service = ctx.app.updates;
  if (!service) throw refusal(new UpdateError('validation.updates.unsupported'));
  return service;
}

export const updateHandlers: HandlerMap<
  'updates.status' | 'updates.setCheckOnline' | 'updates.check' | 'updates.download' | 'updates.install'
> = {
  'updates.status': (ctx) => status(ctx),
  'updates.setCheckOnline': (ctx, { enabled }) => {
    const before = checksOnline(ctx.app.db);
    setChecksOnline(ctx.app.db, enabled, ctx.now, signedInUser(ctx).userId);
    ctx.audit({ entity: 'setting', entityId: 'updates.checkOnline', before, after: enabled });
    return status(ctx);
  },
  'updates.check': (ctx) => {
    // Without an updater there is nothing to ask: the status says so ("not supported here").
    if (ctx.app.updates) refusing(() => ctx.app.updates?.check());
    return status(ctx);
  },
  'updates.download': (ctx, { version }) => {
    const service = updates(ctx);
    refusing(() => service.download(version));
    ctx.audit({ entity: 'update', entityId: version, after: { source: service.offer?.source ?? null } });
    return status(ctx);
  },
  'updates.install': (ctx, { version }) => {
    const service = updates(ctx);
    const u = signedInUser(ctx);
    const source = service.offer?.source ?? null;
    const backup = refusing(() => service.install(version, { userId: u.userId }));
    // Its own transaction, after the backup (which must not run inside one); dated at the call's
    // start, so that the backup on closing finds nothing newer than the one just made.
    transaction(ctx.app.db, () =>
      appendAudit(
        ctx.app.db.orm,
        {
          action: 'updates.install',
          userId: u.userId,
          actor: u.login,
          address: ctx.caller.address,
          entity: 'update',
          entityId: version,
          after: { from: service.options.currentVersion, to: version, source, backup },
        },
        ctx.now,
      ),
    );
    return status(ctx);
  },
};
