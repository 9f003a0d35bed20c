/**
 * The sandboxed preload: exposes `window.api`, one named function per API call, and nothing else
 * (no `ipcRenderer`, no generic send, no way to pick a channel).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../api/contract';
import { buildApi } from './api-bridge';

const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
