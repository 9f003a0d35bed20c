/** pdfmake's own QR encoder (its `{ qr: … }` node): lays a code out as one rectangle per dark module. */
declare module 'pdfmake/js/qrEnc.js' {
  interface QrRect {
    type: 'rect';
    x: number;
    y: number;
    w: number;
    h: number;
  }
  interface QrNode {
    qr: string;
    eccLevel?: 'L' | 'M' | 'Q' | 'H';
    _canvas?: QrRect[];
    _width?: number;
  }
  const qrEncoder: { measure(node: QrNode): QrNode };
  export default qrEncoder;
}
