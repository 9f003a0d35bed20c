/** `npx tsx src-main/imports/write-template.ts` writes assets/templates/class-list.xlsx (committed). */
import fs from 'node:fs';
import path from 'node:path';
import { templateFileName, templateXlsx } from './template';

const target = path.resolve('assets/templates', templateFileName);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, templateXlsx());
console.log(`Wrote ${target}`);
