/** The one allowed way to open a link outside the app: https only, through the system browser. */
import { shell } from 'electron';
import { isAllowedExternalUrl } from './policy';

export async function safeOpenExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`Refused to open a non-https link: ${url}`);
    return false;
  }
  // The one place allowed to (eslint.config.mjs turns the rule off for this file only).
  await shell.openExternal(url);
  return true;
}
