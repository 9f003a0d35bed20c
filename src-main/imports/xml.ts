/** Just enough XML for the parts of a workbook: attribute values, text of elements, entities. */

/**
 * The patterns by what they look for, built once: the reader asks for the same few attributes and
 * elements of every cell of a sheet. Kept patterns are used by `exec` without the global flag, or
 * through `match`/`matchAll`, which start from the beginning (or a copy) whatever a previous use left.
 */
function patternsOf(source: (name: string) => string, flags = ''): (name: string) => RegExp {
  const made = new Map<string, RegExp>();
  return (name) => {
    let found = made.get(name);
    if (!found) made.set(name, (found = new RegExp(source(name), flags)));
    return found;
  };
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  // Most values have nothing to decode: skip the two replacements (a sheet has a value per cell).
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      return named[ref] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function encodeXml(text: string): string {
  return text.replace(/[<>&"]/g, (ch) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[ch]};`);
}

/** The value of one attribute in an element's opening tag (prefix allowed: `r:id`). */
const attrPattern = patternsOf((name) => `\\s${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`);

export function attr(tag: string, name: string): string | undefined {
  const match = attrPattern(name).exec(tag);
  if (!match) return undefined;
  return decodeXml(match[2] ?? match[3] ?? '');
}

/**
 * A namespace prefix an element may carry: a workbook written by other tools may bind the spreadsheet
 * namespace to `x:` and write `<x:row>`, `<x:c>`. Put before an element's name in a pattern.
 */
export const prefix = '(?:[A-Za-z_][\\w.-]*:)?';

const tagsPattern = patternsOf((element) => `<${prefix}${element}(?=[\\s/>])[^>]*>`, 'g');

/** Every opening (or empty) tag of an element, e.g. all `<sheet …/>`, with or without a prefix. */
export function tags(xml: string, element: string): string[] {
  return xml.match(tagsPattern(element)) ?? [];
}

const elementsPattern = patternsOf(
  (element) => `<(${prefix})${element}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1${element}\\s*>)`,
  'g',
);

/** The content of each `<element …>…</element>` (empty for `<element/>`), with or without a prefix. */
export function elements(xml: string, element: string): { open: string; body: string }[] {
  return [...xml.matchAll(elementsPattern(element))].map((m) => ({
    open: `<${element}${m[2] ?? ''}>`,
    body: m[3] ?? '',
  }));
}

const firstPattern = patternsOf(
  (element) => `<(${prefix})${element}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1${element}\\s*>)`,
);

/** The content of the first such element, or undefined. */
export function firstElement(xml: string, element: string): string | undefined {
  const m = firstPattern(element).exec(xml);
  return m ? (m[2] ?? '') : undefined;
}

const phonetic = new RegExp(`<(${prefix})rPh\\b[\\s\\S]*?</\\1rPh>`, 'g');

/** The joined text of every `<t>` inside a fragment (rich text runs), leaving out phonetic hints. */
export function textRuns(fragment: string): string {
  const clean = fragment.includes('rPh') ? fragment.replace(phonetic, '') : fragment;
  let text = '';
  for (const m of elements(clean, 't')) text += decodeXml(m.body);
  return text;
}
