import type { QrMatrix } from '../../../src-main/api/contract/network';

/** The quiet zone the QR standard asks for around a code, in modules. */
const quiet = 4;

/** A QR code drawn as SVG from its modules: one path, dark squares on white, crisp at any size. */
export function QrCode({ matrix, label, size = 176 }: { matrix: QrMatrix; label: string; size?: number }) {
  const side = matrix.size + 2 * quiet;
  const squares: string[] = [];
  matrix.rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) if (row[x] === '1') squares.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
  });
  return (
    <svg
      className="network-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={squares.join('')} fill="#000" />
    </svg>
  );
}
