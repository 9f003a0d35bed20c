import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../db/paths';
import { fontFamily } from './frame';

/*
 * The font printed documents are set in: DejaVu Sans Condensed, embedded from the project's own
 * `assets/fonts` (never a system font: a font without Ң Ө Ү draws empty boxes and says nothing).
 * Packaged, the folder is `resources/fonts` (electron-builder's extraResources); the Electron main
 * process says so with `useFontsFolder`.
 */

const files = {
  normal: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italics: 'DejaVuSansCondensed-Oblique.ttf',
  bolditalics: 'DejaVuSansCondensed-BoldOblique.ttf',
} as const;

let folder: string | null = null;

export function useFontsFolder(dir: string): void {
  folder = dir;
}

export function fontsFolder(): string {
  return folder ?? path.join(projectRoot(), 'assets', 'fonts');
}

/** pdfmake's font table for the folder; throws with the missing file's name if one is not there. */
export function fontTable(dir: string): Record<string, Record<string, string>> {
  const faces: Record<string, string> = {};
  for (const [face, file] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new Error(`The font for printed documents is missing: ${full}`);
    faces[face] = full;
  }
  return { [fontFamily]: faces };
}
