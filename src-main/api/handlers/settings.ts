import { readJournalSettings, resetJournalSetting, saveJournalSettings } from '../../settings/journal-settings';
import type { HandlerMap } from './types';

export const settingsHandlers: HandlerMap<'settings.journal' | 'settings.journalSave' | 'settings.journalReset'> = {
  'settings.journal': (ctx) => readJournalSettings(ctx.app.db),
  'settings.journalSave': (ctx, input) => saveJournalSettings(ctx, input),
  'settings.journalReset': (ctx, { part }) => resetJournalSetting(ctx, part),
};
