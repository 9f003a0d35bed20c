import qrEncoder from 'pdfmake/js/qrEnc.js';
import type { QrMatrix } from '../api/contract/network';

/** pdfmake lays a code out in 5-unit modules unless told otherwise. */
const moduleSize = 5;

/**
 * A QR code's modules for a text (an address to open), from the encoder pdfmake already ships:
 * its layout is one square per dark module, read back into rows. Level M: a phone still reads it
 * off a smudged screen or a photocopy.
 */
export function qrMatrix(text: string): QrMatrix {
  const laid = qrEncoder.measure({ qr: text, eccLevel: 'M' });
  const canvas = laid._canvas ?? [];
  const size = Math.round((laid._width ?? 0) / moduleSize);
  const grid = Array.from({ length: size }, () => Array<string>(size).fill('0'));
  // The first rectangle is the background; the rest are the dark modules.
  for (const rect of canvas.slice(1)) {
    const row = grid[Math.round(rect.y / moduleSize)];
    if (row) row[Math.round(rect.x / moduleSize)] = '1';
  }
  return { size, rows: grid.map((row) => row.join('')) };
}
