/**
 * Asks for the school's backup passphrase before the journal is open (to restore a backup at start),
 * when no screen of the program can be shown yet: a small window with one field, its page built here.
 * The page has no preload and no API; main reads the field once the form is sent (the page signals
 * it through its title) and closes the window.
 */
import { BrowserWindow } from 'electron';
import { mainTexts } from './main-texts';
import { hardenedWebPreferences } from './policy';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function page(): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escape(mainTexts.title)}</title><style>body{font:14px system-ui,sans-serif;margin:16px}p{white-space:pre-line}
input{width:100%;box-sizing:border-box;padding:6px;margin:8px 0}button{margin-right:8px;padding:6px 12px}</style></head>
<body><form id="f"><p>${escape(mainTexts.passphrase)}</p><input id="p" type="password" autofocus autocomplete="off">
<button type="submit">${escape(mainTexts.ok)}</button><button type="button" id="c">${escape(mainTexts.cancel)}</button></form>
<script>document.getElementById('f').onsubmit=function(e){e.preventDefault();document.title='submit:'+Date.now()};
document.getElementById('c').onclick=function(){document.title='cancel'};</script></body></html>`;
}

/** The passphrase typed, or null when the window was closed or cancelled. */
export function askPassphrase(): Promise<string | null> {
  const window = new BrowserWindow({
    width: 520,
    height: 260,
    resizable: false,
    minimizable: false,
    title: mainTexts.title,
    // The window's usual hardening, without the preload: this page has no API at all.
    webPreferences: { ...hardenedWebPreferences(''), preload: undefined },
  });
  window.setMenu(null);
  return new Promise((resolve) => {
    let answered = false;
    const finish = (value: string | null) => {
      if (answered) return;
      answered = true;
      resolve(value);
      if (!window.isDestroyed()) window.close();
    };
    window.on('closed', () => finish(null));
    window.webContents.on('page-title-updated', (event, title) => {
      event.preventDefault();
      if (title === 'cancel') finish(null);
      else if (title.startsWith('submit:')) {
        void window.webContents
          .executeJavaScript("document.getElementById('p').value")
          .then((value: unknown) => finish(typeof value === 'string' && value ? value : null))
          .catch(() => finish(null));
      }
    });
    void window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page())}`);
  });
}
