import type { GridDocument } from './grid/types';
import type { DocumentBody, DocumentLanguage, FooterText, PdfDefinition, PdfNode, Signatory } from './types';
import { frameWords } from './words';

/*
 * The frame every document carries: the school's name, the title and what the document covers at
 * the top; signature lines, the place for the seal and the fingerprint (code and QR) at the end; the
 * code, the print date, who printed it and "page N / M" at the foot of every page.
 */

export const fontFamily = 'DejaVuSansCondensed';

export interface FrameInput {
  body: DocumentBody;
  language: DocumentLanguage;
  schoolName: string;
  signatories: Signatory[];
  code: string;
  /** "06.12.2026 14:05", the school's time. */
  printedAt: string;
  printedBy: string;
}

/** What the QR code holds: the program's name and the code, so a phone shows what it is. */
export function qrText(code: string): string {
  return `MEKTEP-JOURNAL ${code}`;
}

function signatureLines(signatories: Signatory[], language: DocumentLanguage): PdfNode[] {
  const words = frameWords[language];
  return signatories.map((s) => ({
    columns: [
      { width: 210, text: s.position, margin: [0, 8, 0, 0] },
      {
        width: 130,
        stack: [
          { canvas: [{ type: 'line', x1: 0, y1: 18, x2: 120, y2: 18, lineWidth: 0.6 }] },
          { text: `(${words.signature})`, style: 'caption', alignment: 'center', margin: [0, 1, 10, 0] },
        ],
      },
      { width: '*', text: s.name || ' ', margin: [0, 8, 0, 0] },
    ],
    columnGap: 8,
    margin: [0, 2, 0, 0],
  }));
}

function fingerprintBlock(code: string, language: DocumentLanguage): PdfNode {
  const words = frameWords[language];
  return {
    columns: [
      { width: 64, qr: qrText(code), fit: 64, eccLevel: 'M' },
      {
        width: '*',
        stack: [
          { text: [`${words.code}: `, { text: code, bold: true, fontSize: 12 }] },
          { text: words.codeHint, style: 'caption', margin: [0, 3, 0, 0] },
        ],
        margin: [0, 12, 0, 0],
      },
    ],
    columnGap: 10,
  };
}

/** The closing block: signatures, the seal's place, the fingerprint; kept together on one page. */
function closing(input: FrameInput): PdfNode {
  const words = frameWords[input.language];
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    stack: [
      ...signatureLines(input.signatories, input.language),
      { text: words.seal, bold: true, margin: [0, 14, 0, 14] },
      fingerprintBlock(input.code, input.language),
    ],
  };
}

function footerOf(input: FrameInput): FooterText {
  const { body } = input;
  const words = frameWords[input.language];
  return {
    left: `${words.code}: ${input.code} · ${words.printed} ${input.printedAt}, ${words.printedBy}: ${input.printedBy}`,
    right: '',
    pageLabel: words.page,
    // A school-wide document's file stem already starts with its title.
    runningHead: [input.schoolName, body.title, body.fileStem.startsWith(body.title) ? '' : body.fileStem]
      .filter(Boolean)
      .join(' · '),
  };
}

function infoOf(input: FrameInput) {
  const { body } = input;
  return { title: body.title, author: input.schoolName, subject: body.heading.join(', '), creator: 'Mektep Journal' };
}

/** The same frame for the grid renderer: its texts, drawn in the same places (grid/frame-parts.ts). */
function frameGrid(input: FrameInput, tables: GridDocument['tables']): GridDocument {
  const words = frameWords[input.language];
  return {
    orientation: input.body.orientation,
    info: infoOf(input),
    top: { school: input.schoolName, title: input.body.title, heading: input.body.heading },
    tables,
    closing: {
      signatories: input.signatories.map((s) => ({ position: s.position, name: s.name })),
      signature: words.signature,
      seal: words.seal,
      codeLabel: words.code,
      code: input.code,
      codeHint: words.codeHint,
      qr: qrText(input.code),
    },
  };
}

export function frameDocument(input: FrameInput): {
  definition?: PdfDefinition;
  grid?: GridDocument;
  footer: FooterText;
} {
  const { body } = input;
  if (body.grid) return { grid: frameGrid(input, body.grid.tables), footer: footerOf(input) };
  const top: PdfNode[] = [
    { text: input.schoolName, style: 'school' },
    { text: body.title, style: 'title' },
    ...body.heading.map((line) => ({ text: line, style: 'heading' })),
    { text: '', margin: [0, 0, 0, 8] },
  ];
  const definition: PdfDefinition = {
    pageSize: 'A4',
    pageOrientation: body.orientation,
    pageMargins: [34, 36, 34, 40],
    content: [...top, ...(body.content ?? []), closing(input)],
    defaultStyle: { font: fontFamily, fontSize: 9, lineHeight: 1.1 },
    styles: {
      school: { fontSize: 10, bold: true, alignment: 'center' },
      title: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 4, 0, 2] },
      heading: { fontSize: 10, alignment: 'center' },
      tableHeader: { bold: true, fontSize: 8, alignment: 'center' },
      cell: { fontSize: 8.5 },
      number: { fontSize: 8.5, alignment: 'center' },
      caption: { fontSize: 7, color: '#444444' },
      section: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
    },
    info: infoOf(input),
  };
  return { definition, footer: footerOf(input) };
}
