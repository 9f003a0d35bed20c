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

/** Every opening (or empty) tag of an element, e.g. all `<sheet …/>`. */
export function tags(xml: string, element: string): string[] {
  return xml.match(new RegExp(`<${element}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The joined text of every `<t>` inside a fragment (rich text runs), leaving out phonetic hints. */
export function textRuns(fragment: string): string {
  const clean = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const m of clean.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += decodeXml(m[1] ?? '');
  return text;
}
