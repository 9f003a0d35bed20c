/**
 * The main side of the IPC bridge, without Electron: refuses calls from frames outside the app, holds
 * each window's session token (the renderer never sees it) and runs the router. `ipc.ts` wires it to
 * `ipcMain`; the unit tests run it under plain Node.
 */
import type { CallName } from '../api/contract';
import type { ApiResult } from '../api/contract/errors';
import type { Router } from '../api/router';
import { isTrustedSender } from './policy';

/** Who sent an IPC call, as `ipc.ts` reads it off the event. */
export interface IpcSender {
  /** `webContents.id`: the key of the window's session. */
  webContentsId: number;
  /** `event.senderFrame.url`; null when the frame is gone. */
  frameUrl: string | null;
  /** False for calls from a subframe. */
  isMainFrame: boolean;
}

export class UntrustedSenderError extends Error {
  constructor(url: string | null) {
    super(`Refused an API call from ${url ?? 'a frame that is gone'}: only app pages may call the API`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Holds each window's session token in the main process (the renderer never sees it) and runs the
 * router for IPC calls from trusted frames.
 */
export function createIpcDispatcher(router: Router) {
  const tokens = new Map<number, string>();
  return {
    dispatch(sender: IpcSender, name: CallName, input: unknown): ApiResult<unknown> {
      if (!sender.isMainFrame || !isTrustedSender(sender.frameUrl)) throw new UntrustedSenderError(sender.frameUrl);
      const token = tokens.get(sender.webContentsId) ?? null;
      const outcome = router.dispatch(name, input, { token, transport: 'ipc', address: null });
      if (outcome.session?.kind === 'set') tokens.set(sender.webContentsId, outcome.session.token);
      else if (outcome.session?.kind === 'clear') tokens.delete(sender.webContentsId);
      return outcome.result;
    },
    /** Drops the window's token: its webContents is gone. */
    forget(webContentsId: number): void {
      tokens.delete(webContentsId);
    },
    hasSession(webContentsId: number): boolean {
      return tokens.has(webContentsId);
    },
    /** The window's token, for main's own checks (opening a printed file); never sent anywhere. */
    tokenOf(webContentsId: number): string | null {
      return tokens.get(webContentsId) ?? null;
    },
  };
}

export type IpcDispatcher = ReturnType<typeof createIpcDispatcher>;
