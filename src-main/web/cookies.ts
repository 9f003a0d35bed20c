export const sessionCookie = 'mj_session';

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** HttpOnly: scripts never read it; SameSite=Strict: other sites never send it. */
export function sessionCookieHeader(token: string | null, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  return token === null
    ? [`${sessionCookie}=`, 'Max-Age=0', ...attributes].join('; ')
    : [`${sessionCookie}=${encodeURIComponent(token)}`, ...attributes].join('; ');
}
