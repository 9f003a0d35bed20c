/**
 * The renderer's content security policy, for both transports (app:// in Electron, HTTP in
 * browser mode): our own scripts and styles only, no inline code, no eval, nothing from elsewhere.
 * `src-renderer/index.html` repeats it in a meta tag (less frame-ancestors, which a meta tag cannot
 * carry); a test keeps the two equal.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
