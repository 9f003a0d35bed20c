import { qrMatrix } from '../../network/qr';

/*
 * The fingerprint's QR code: the module matrix from the encoder pdfmake ships (network/qr.ts, the
 * one the other documents' codes come from), drawn as squares fitted to `fit` points as pdfmake
 * fits its own (whole-point modules, error correction M).
 */

export interface QrSquares {
  /** The side of the whole code, in points. */
  size: number;
  /** The dark modules: left, top, side. */
  squares: [number, number, number][];
}

export function qrSquares(text: string, fit: number): QrSquares {
  const matrix = qrMatrix(text);
  const side = Math.floor(fit / matrix.size);
  const squares: [number, number, number][] = [];
  matrix.rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') squares.push([x * side, y * side, side]);
  });
  return { size: side * matrix.size, squares };
}
