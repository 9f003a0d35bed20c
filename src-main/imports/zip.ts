import zlib from 'node:zlib';

/**
 * A small synchronous ZIP reader and writer for .xlsx files. The API router runs every call
 * synchronously (one better-sqlite3 transaction), and exceljs only reads and writes through promises,
 * so the importer and the export read and write the few XML parts of a workbook themselves.
 */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

/** An archive that would inflate to more than the reader accepts (a "ZIP bomb", or just too big). */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

/** How much a read may inflate: a class list's workbook is a few hundred kilobytes unpacked. */
export interface ZipLimits {
  /** Bytes one file of the archive may declare and inflate to. */
  maxEntry: number;
  /** Bytes all the files read may inflate to together. */
  maxTotal: number;
}

export const defaultZipLimits: ZipLimits = { maxEntry: 50 * 1024 * 1024, maxTotal: 100 * 1024 * 1024 };

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

function findEndOfDirectory(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const last = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= last; i -= 1) if (buf.readUInt32LE(i) === endOfDirectory) return i;
  throw new ZipError('no end of central directory');
}

/**
 * The archive's files by name; each is inflated only when first asked for (and kept), never past its
 * declared size, and not at all when that size or the running total passes the limits.
 */
export function readZip(buf: Buffer, limits: Partial<ZipLimits> = {}): Map<string, () => Buffer> {
  const { maxEntry, maxTotal } = { ...defaultZipLimits, ...limits };
  let total = 0;
  if (buf.length < 22) throw new ZipError('too short');
  const end = findEndOfDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== directoryEntry) throw new ZipError('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    let kept: Buffer | undefined;
    files.set(name, () => {
      if (kept) return kept;
      if (size > maxEntry) throw new ZipLimitError(`${name} declares ${size} bytes`);
      if (total + size > maxTotal) throw new ZipLimitError(`the archive inflates past ${maxTotal} bytes`);
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== localHeader) throw new ZipError(`bad entry ${name}`);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + compressed > buf.length) throw new ZipError(`truncated entry ${name}`);
      const data = buf.subarray(start, start + compressed);
      const out = method === 0 ? Buffer.from(data) : method === 8 ? inflate(data, name, size) : null;
      if (!out) throw new ZipError(`unsupported compression in ${name}`);
      if (out.length !== size) throw new ZipError(`wrong size of ${name}`);
      total += size;
      kept = out;
      return out;
    });
  }
  return files;
}

/** Inflates at most `size` bytes: an entry that holds more than it declares is damaged, not read on. */
function inflate(data: Buffer, name: string, size: number): Buffer {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch {
    throw new ZipError(`damaged entry ${name}`);
  }
}

/**
 * Writes a ZIP of the given files, deflated, with a fixed timestamp (1 January 1980) so that the same
 * content always gives the same bytes: the committed template can be compared with a fresh one.
 */
export function writeZip(files: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = zlib.deflateRawSync(file.data, { level: 9 });
    const crc = zlib.crc32(file.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(localHeader, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names in UTF-8
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(0, 10);
    head.writeUInt16LE(0x21, 12); // 1980-01-01
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(file.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(directoryEntry, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    head.copy(entry, 8, 6, 28);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    parts.push(head, name, packed);
    offset += head.length + name.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(endOfDirectory, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
