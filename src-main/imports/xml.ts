/** Just enough XML for the parts of a workbook: attribute values, text of elements, entities. */

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
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
export function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return decodeXml(match[2] ?? match[3] ?? '');
}

/**
 * A namespace prefix an element may carry: a workbook written by other tools may bind the spreadsheet
 * namespace to `x:` and write `<x:row>`, `<x:c>`. Put before an element's name in a pattern.
 */
export const prefix = '(?:[A-Za-z_][\\w.-]*:)?';

/** Every opening (or empty) tag of an element, e.g. all `<sheet …/>`, with or without a prefix. */
export function tags(xml: string, element: string): string[] {
  return xml.match(new RegExp(`<${prefix}${element}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The content of each `<element …>…</element>` (empty for `<element/>`), with or without a prefix. */
export function elements(xml: string, element: string): { open: string; body: string }[] {
  const pattern = new RegExp(`<(${prefix})${element}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1${element}\\s*>)`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({ open: `<${element}${m[2] ?? ''}>`, body: m[3] ?? '' }));
}

/** The content of the first such element, or undefined. */
export function firstElement(xml: string, element: string): string | undefined {
  const pattern = new RegExp(`<(${prefix})${element}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1${element}\\s*>)`);
  const m = pattern.exec(xml);
  return m ? (m[2] ?? '') : undefined;
}

/** The joined text of every `<t>` inside a fragment (rich text runs), leaving out phonetic hints. */
export function textRuns(fragment: string): string {
  const clean = fragment.replace(new RegExp(`<(${prefix})rPh\\b[\\s\\S]*?</\\1rPh>`, 'g'), '');
  let text = '';
  for (const m of elements(clean, 't')) text += decodeXml(m.body);
  return text;
}
