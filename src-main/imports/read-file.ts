import { ImportFileError, type Workbook } from './cells';
import { readCsv } from './csv';
import { readXlsx } from './xlsx-read';

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/**
 * Reads a class list, choosing the reader from the first bytes rather than the file's name: an .xlsx
 * is a ZIP (`PK`); an old .xls (an OLE2 file, `D0 CF 11 E0`) is refused with advice to save it
 * as .xlsx; anything else must be text (CSV). A file no reader understands throws ImportFileError.
 */
export function readSpreadsheet(buf: Buffer, fileName: string): Workbook {
  if (buf.length === 0) throw new ImportFileError('import.file.empty');
  if (startsWith(buf, [0x50, 0x4b])) return { format: 'xlsx', sheets: readXlsx(buf) };
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportFileError('import.file.xls');
  return { format: 'csv', sheets: [readCsv(buf, fileName)] };
}
