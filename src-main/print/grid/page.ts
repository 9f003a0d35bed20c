import type PDFDocument from 'pdfkit';
import { pt, type Face } from './text';

/*
 * One page's drawing as PDF operators, written in one piece when the page is done: the rules as one
 * path stroked once, the text as one text object, the QR code's modules as filled squares. pdfkit
 * turns each page's coordinates upside down (y down from the top, as here); text is set in the
 * page's own upright coordinates, so the text object turns them back.
 */

/** Grey levels of the frame's colours (frame.ts: #333333, #444444, #555555). */
export const ink = { black: '0', dark: '0.2', caption: '0.267', running: '0.333' } as const;
export type Ink = (typeof ink)[keyof typeof ink];

export class PageWriter {
  private readonly texts: string[] = [];
  private readonly rules: string[] = [];
  private readonly squares: string[] = [];
  private readonly fonts = new Set<Face>();
  private face: Face | null = null;
  private size = 0;
  private colour: Ink = ink.black;

  constructor(
    private readonly doc: PDFDocument,
    private readonly height: number,
  ) {}

  /** Draws one line of text whose top is at `top`, from `x`. */
  text(face: Face, size: number, x: number, top: number, text: string, colour: Ink = ink.black): void {
    if (!text) return;
    if (face !== this.face || size !== this.size) {
      this.texts.push(`/${face.id} ${pt(size)} Tf`);
      this.face = face;
      this.size = size;
      this.fonts.add(face);
    }
    if (colour !== this.colour) {
      this.texts.push(`${colour} g`);
      this.colour = colour;
    }
    const y = this.height - top - face.ascent(size);
    this.texts.push(`1 0 0 1 ${pt(x)} ${pt(y)} Tm ${face.show(text)}`);
  }

  /** A rule from (x1, y1) to (x2, y2), y measured down from the top of the page. */
  rule(x1: number, y1: number, x2: number, y2: number): void {
    this.rules.push(`${pt(x1)} ${pt(y1)} m ${pt(x2)} ${pt(y2)} l`);
  }

  square(x: number, top: number, side: number): void {
    this.squares.push(`${pt(x)} ${pt(top)} ${pt(side)} ${pt(side)} re`);
  }

  /** Hands the page's operators to pdfkit and names the fonts it used among the page's resources. */
  finish(lineWidth: number): void {
    const ops: string[] = [];
    if (this.rules.length) ops.push(`q ${pt(lineWidth)} w ${ink.dark} G`, ...this.rules, 'S Q');
    if (this.squares.length) ops.push('q 0 g', ...this.squares, 'f Q');
    if (this.texts.length) ops.push(`q 1 0 0 -1 0 ${pt(this.height)} cm BT 0 g`, ...this.texts, 'ET Q');
    for (const face of this.fonts) this.doc.page.fonts[face.id] = face.ref();
    this.doc.addContent(ops.join('\n'));
  }
}
