/**
 * Data lists written as blocks of text: one name per word or one entry per line. Prettier would put
 * every element of a long array on its own line, and the name lists would run to hundreds of lines.
 */

/** Splits on any whitespace: for names, which have none inside. */
export function words(text: string): readonly string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** One entry per line, trimmed, empty lines dropped. */
export function lines(text: string): readonly string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
