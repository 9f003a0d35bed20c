// The render worker when the program runs from its sources (tests, the CLI through tsx): loads the
// TypeScript worker through tsx's require hook. The built program uses dist-main/pdf-worker.cjs.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS loader, by design */
require('tsx/cjs/api').register();
require('./pdf-worker.ts');
