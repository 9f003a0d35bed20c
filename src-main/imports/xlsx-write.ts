import { encodeXml } from './xml';
import { writeZip } from './zip';

/** One worksheet to write: a title line, the heading line, then rows of text. */
export interface SheetToWrite {
  name: string;
  title: string;
  headings: string[];
  rows: (string | null)[][];
  /** Column widths in characters. */
  widths: number[];
  /** Columns kept as text, so that Excel does not turn a PIN into 2.01012E+13. */
  textColumns: number[];
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkgRel = 'http://schemas.openxmlformats.org/package/2006/relationships';

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

// Styles: 0 plain, 1 bold title, 2 bold wrapped heading with a border, 3 text ("@") with a border, 4 border.
const styles = `${xmlHead}<styleSheet xmlns="${ns}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="center" horizontal="center"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs></styleSheet>`;

function cell(ref: string, value: string | null, style: number): string {
  if (value === null || value === '') return `<c r="${ref}" s="${style}"/>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${encodeXml(value)}</t></is></c>`;
}

function sheetXml(s: SheetToWrite, blankRows: number): string {
  const width = s.headings.length;
  const line = (r: number, values: (string | null)[], style: (c: number) => number) =>
    `<row r="${r}">${Array.from({ length: width }, (_, c) => cell(`${columnName(c)}${r}`, values[c] ?? null, style(c))).join('')}</row>`;
  const body = [
    `<row r="1">${cell('A1', s.title, 1)}</row>`,
    line(2, s.headings, () => 2),
    ...[...s.rows, ...Array.from({ length: blankRows }, () => [])].map((values, i) =>
      line(i + 3, values, (c) => (s.textColumns.includes(c) ? 3 : 4)),
    ),
  ].join('');
  const cols = s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return `${xmlHead}<worksheet xmlns="${ns}" xmlns:r="${relNs}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
}

/** A one-sheet .xlsx; `blankRows` bordered empty rows follow the data (the template's lines to fill). */
export function writeXlsx(s: SheetToWrite, blankRows = 0): Buffer {
  const text = (name: string, content: string) => ({ name, data: Buffer.from(content, 'utf8') });
  return writeZip([
    text(
      '[Content_Types].xml',
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    text(
      '_rels/.rels',
      `${xmlHead}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `${xmlHead}<workbook xmlns="${ns}" xmlns:r="${relNs}"><sheets><sheet name="${encodeXml(s.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `${xmlHead}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    ),
    text('xl/styles.xml', styles),
    text('xl/worksheets/sheet1.xml', sheetXml(s, blankRows)),
  ]);
}
