import fs from 'node:fs';
import path from 'node:path';
import { chromiumMissingMessage } from './support/chromium';

/** Fails the run at once, with one clear sentence, when the browser or the built screens are missing. */
export default function setup(): void {
  const missing = chromiumMissingMessage();
  if (missing) throw new Error(missing);
  if (!fs.existsSync(path.resolve('dist-renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run test:e2e" (it builds first) or "npm run build:renderer".');
  }
}
