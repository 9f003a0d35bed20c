import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src-main/security/content-security-policy';
import { securityHeaders } from '../../src-main/web/security-headers';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

describe('the content security policy', () => {
  it('allows no inline code, no eval and nothing from another origin', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/);
  });

  it('is the one browser mode sends', () => {
    expect(securityHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it('is repeated in index.html, less frame-ancestors (which a meta tag cannot carry)', () => {
    const html = fs.readFileSync('src-renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(
      directives(contentSecurityPolicy).filter((d) => !d.startsWith('frame-ancestors')),
    );
  });
});
