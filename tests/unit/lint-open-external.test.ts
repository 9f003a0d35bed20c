/**
 * The lint rule that keeps `shell.openExternal` behind src-main/electron/safe-open-external.ts
 * (https only): run through ESLint's Node API with the project's own eslint.config.mjs on code
 * given as text, as if it sat in the file named.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` placed at `file`. */
async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '');
}

const header = "import { shell } from 'electron';\nexport const url = 'file:///etc/passwd';\n";

describe('lint: shell.openExternal only through safeOpenExternal', () => {
  it.each([
    ['a call', 'void shell.openExternal(url);'],
    ['a computed call', "void shell['openExternal'](url);"],
    ['a reference passed on', 'export const later = Promise.resolve(url).then(shell.openExternal);'],
    ['destructuring', 'const { openExternal } = shell;\nvoid openExternal(url);'],
  ])('refuses %s anywhere else in the main process', async (_label, code) => {
    const ids = await ruleIds(`${header}${code}\n`, 'src-main/electron/main.ts');
    expect(ids).toContain('no-restricted-properties');
  });

  it('says where links must go', async () => {
    const [result] = await eslint.lintText(`${header}void shell.openExternal(url);\n`, {
      filePath: path.join(root, 'src-main/electron/ipc.ts'),
    });
    expect(result?.messages[0]?.message).toContain('safeOpenExternal (src-main/electron/safe-open-external.ts)');
  });

  it('refuses it in the renderer too', async () => {
    const ids = await ruleIds(
      'declare const api: { openExternal(u: string): void };\napi.openExternal("x");\n',
      'src-renderer/App.tsx',
    );
    expect(ids).toContain('no-restricted-properties');
  });

  it('allows it in the one checked helper, and a call of the helper elsewhere', async () => {
    expect(
      await ruleIds(`${header}void shell.openExternal(url);\n`, 'src-main/electron/safe-open-external.ts'),
    ).toEqual([]);
    const viaHelper =
      "import { safeOpenExternal } from './safe-open-external';\nvoid safeOpenExternal('https://edu.gov.kg/');\n";
    expect(await ruleIds(viaHelper, 'src-main/electron/main.ts')).toEqual([]);
  });
});
