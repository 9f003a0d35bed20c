/**
 * The link to a printed file, as the Print screen writes it: `files/print/JOB/N` (N = -1 for a set's
 * combined file). Browser mode serves it over HTTP; the Electron shell opens it in the system's PDF
 * viewer. Both read it with this one parser, and both check the session before giving anything.
 */
const link = /\/files\/print\/([0-9a-f]{24})\/(-1|\d{1,4})$/;

export function printedFileLink(url: string): { jobId: string; index: number } | null {
  let pathname: string;
  try {
    pathname = new URL(url, 'http://localhost').pathname;
  } catch {
    return null;
  }
  const match = link.exec(pathname);
  return match?.[1] && match[2] ? { jobId: match[1], index: Number(match[2]) } : null;
}
