/**
 * The IPC adapter: one `ipcMain.handle` channel per API call. Each call is checked for its sender
 * (a main frame of the app's own origin), carries the window's session token, which main keeps, and
 * returns only the router's `result`.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { callNames } from '../api/contract';
import type { Router } from '../api/router';
import { channelFor } from './api-bridge';
import { createIpcDispatcher, type IpcDispatcher, type IpcSender } from './ipc-dispatch';

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** Registers every API channel; returns the dispatcher (tests look at its sessions). */
export function registerIpc(router: Router): IpcDispatcher {
  const dispatcher = createIpcDispatcher(router);
  const watched = new Set<number>();

  // A window's token lives as long as its webContents, not a moment longer.
  const watch = (contents: WebContents) => {
    const id = contents.id;
    if (watched.has(id)) return;
    watched.add(id);
    contents.once('destroyed', () => {
      dispatcher.forget(id);
      watched.delete(id);
    });
  };

  for (const name of callNames) {
    ipcMain.handle(channelFor(name), (event, input: unknown) => {
      watch(event.sender);
      return dispatcher.dispatch(senderOf(event), name, input);
    });
  }
  return dispatcher;
}

export function unregisterIpc(): void {
  for (const name of callNames) ipcMain.removeHandler(channelFor(name));
}
