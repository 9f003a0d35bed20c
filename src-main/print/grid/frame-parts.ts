import type { FooterText } from '../types';
import { ink, type PageWriter } from './page';
import { qrSquares } from './qr';
import type { Faces } from './measure';
import type { GridDocument } from './types';

/*
 * The frame of a grid document, drawn as pdfmake draws it for every other document (frame.ts):
 * the school, title and heading lines on the first page; the closing block (signature lines, the
 * seal's place, the fingerprint code and its QR code); the running head and the foot of each page.
 */

/** Something of known height drawn at a given top. */
export interface Part {
  height: number;
  draw(page: PageWriter, top: number): void;
}

interface Area {
  left: number;
  width: number;
}

const body = 9;

export function topPart(doc: GridDocument, faces: Faces, area: Area): Part {
  const blocks = [
    { face: faces.bold, size: 10, text: doc.top.school, before: 0, after: 0 },
    { face: faces.bold, size: 13, text: doc.top.title, before: 4, after: 2 },
    ...doc.top.heading.map((text) => ({ face: faces.normal, size: 10, text, before: 0, after: 0 })),
  ].map((b) => ({ ...b, lines: b.face.wrap(b.text, b.size, area.width), line: b.face.lineHeight(b.size) }));
  const height = blocks.reduce((sum, b) => sum + b.before + b.lines.length * b.line + b.after, 0) + 8;
  return {
    height,
    draw(page, top) {
      let y = top;
      for (const b of blocks) {
        y += b.before;
        for (const line of b.lines) {
          page.text(b.face, b.size, area.left + (area.width - b.face.width(line, b.size)) / 2, y, line);
          y += b.line;
        }
        y += b.after;
      }
    },
  };
}

/** Signatures, seal, fingerprint: one block, never split across pages (as `unbreakable` in frame.ts). */
export function closingPart(doc: GridDocument, faces: Faces, area: Area): Part {
  const c = doc.closing;
  const { normal, bold } = faces;
  const line = normal.lineHeight(body);
  const caption = normal.lineHeight(7);
  const signWidth = 120;
  const signLeft = area.left + 210 + 8;
  const nameLeft = signLeft + 130 + 8;
  const signers = c.signatories.map((s) => {
    const position = normal.wrap(s.position, body, 210);
    const name = normal.wrap(s.name, body, area.left + area.width - nameLeft);
    const height = 2 + Math.max(8 + position.length * line, 18.3 + 1 + caption, 8 + name.length * line);
    return { position, name, height };
  });
  const qr = qrSquares(c.qr, 64);
  const textLeft = area.left + 64 + 10;
  const codeLine = bold.lineHeight(12);
  const hint = normal.wrap(c.codeHint, 7, area.left + area.width - textLeft);
  const label = `${c.codeLabel}: `;
  const fingerprint = Math.max(qr.size, 12 + codeLine + 3 + hint.length * caption);
  const sealHeight = 14 + line + 14;
  const height = 16 + signers.reduce((sum, s) => sum + s.height, 0) + sealHeight + fingerprint;
  return {
    height,
    draw(page, top) {
      let y = top + 16;
      for (const s of signers) {
        const row = y + 2;
        s.position.forEach((text, i) => page.text(normal, body, area.left, row + 8 + i * line, text));
        page.rule(signLeft, row + 18, signLeft + signWidth, row + 18);
        const captionText = `(${c.signature})`;
        page.text(normal, 7, signLeft + (120 - normal.width(captionText, 7)) / 2, row + 19.3, captionText, ink.caption);
        s.name.forEach((text, i) => page.text(normal, body, nameLeft, row + 8 + i * line, text));
        y += s.height;
      }
      page.text(bold, body, area.left, y + 14, c.seal);
      y += sealHeight;
      for (const [x, dy, side] of qr.squares) page.square(area.left + x, y + dy, side);
      // The label and the code share a baseline, as pdfmake sets inline text of two sizes.
      const baseline = y + 12 + bold.ascent(12);
      page.text(normal, body, textLeft, baseline - normal.ascent(body), label);
      page.text(bold, 12, textLeft + normal.width(label, body), baseline - bold.ascent(12), c.code);
      hint.forEach((text, i) => page.text(normal, 7, textLeft, y + 12 + codeLine + 3 + i * caption, text, ink.caption));
    },
  };
}

/** The school · title · class line above every page but the first. */
export function drawRunningHead(page: PageWriter, faces: Faces, footer: FooterText, area: Area): void {
  const [first] = faces.normal.wrap(footer.runningHead, 7, area.width);
  if (first) page.text(faces.normal, 7, area.left, 18, first, ink.running);
}

/** "Code · printed at · by" and "page N / M" at the foot of a page. */
export function drawFoot(
  page: PageWriter,
  faces: Faces,
  footer: FooterText,
  at: { page: number; pages: number; top: number },
  area: Area,
): void {
  const label = footer.pageLabel.replace('{page}', String(at.page)).replace('{pages}', String(at.pages));
  const labelWidth = faces.bold.width(label, 8);
  const right = area.left + area.width;
  page.text(faces.bold, 8, right - labelWidth, at.top, label);
  const lines = faces.normal.wrap(footer.left, 7, area.width - labelWidth - 8);
  const step = faces.normal.lineHeight(7);
  lines.forEach((text, i) => page.text(faces.normal, 7, area.left, at.top + i * step, text, ink.dark));
}
