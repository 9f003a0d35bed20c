/**
 * The document engine's shapes. A document is built in two steps: a kind reads the data it shows
 * (one query layer, synchronous, inside the caller's read) and lays it out as a pdfmake body; the
 * engine adds the frame every document carries and the fingerprint of the facts it shows.
 */

import { printLanguages } from '../api/contract/print';
import type { GridBody, GridDocument } from './grid/types';

/** The languages a document is printed in, chosen at print time. */
export const documentLanguages = printLanguages;
export type DocumentLanguage = (typeof documentLanguages)[number];

/**
 * A pdfmake content node as plain data: what crosses into the render worker, so no functions. The
 * engine's own nodes are typed where they are made; kinds build tables and text with these.
 */
export type PdfNode = string | PdfNode[] | { [key: string]: unknown };

/** One labelled value the document shows: "Асанов Айбек · Математика · I" → "5". */
export type Fact = readonly [label: string, value: string];

/** Who signs a document, in the order the lines are printed. */
export type SignatoryRole = 'director' | 'deputy' | 'classTeacher';

export interface Signatory {
  role: SignatoryRole;
  /** The position as printed ("Директор", "Класс жетекчи"). */
  position: string;
  /** "А. Б. Асанова"; empty when nobody holds the post yet (the line stays for a hand-written name). */
  name: string;
}

/** What a kind hands the engine for one document. */
export interface DocumentBody {
  /** The document's name as printed ("Жетишүүнүн жыйынтык ведомосту"). */
  title: string;
  /** Lines under the title: class, subject, period, year, as they apply. */
  heading: string[];
  orientation: 'portrait' | 'landscape';
  /** The body as pdfmake content; a fixed-geometry ledger gives `grid` instead. */
  content?: PdfNode[];
  /** Tables of known geometry, drawn by the grid renderer (grid/), which is preferred when given. */
  grid?: GridBody;
  facts: Fact[];
  signatories: SignatoryRole[];
  /** The class whose class teacher signs, when one does. */
  classId?: number;
  /** A short file name stem: "5-А", "5-А Математика". */
  fileStem: string;
}

/** A document ready for the renderer: the frame added, the fingerprint computed. */
export interface PreparedDocument {
  kind: string;
  params: Record<string, unknown>;
  language: DocumentLanguage;
  title: string;
  fileStem: string;
  facts: Fact[];
  fingerprint: string;
  code: string;
  /** What pdfmake renders; absent when the grid renderer draws the document from `grid`. */
  definition?: PdfDefinition;
  grid?: GridDocument;
  footer: FooterText;
}

/** A pdfmake document definition without functions (they are rebuilt in the worker). */
export interface PdfDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  content: PdfNode[];
  defaultStyle: Record<string, unknown>;
  styles: Record<string, Record<string, unknown>>;
  info: { title: string; author: string; subject?: string; creator: string };
}

/** The running footer, as text; the worker fills `{page}` and `{pages}` in `pageLabel`. */
export interface FooterText {
  left: string;
  right: string;
  pageLabel: string;
  /** Printed above the first page's body on every further page: school · title · class. */
  runningHead: string;
}
