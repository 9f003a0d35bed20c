import type { FooterText } from './types';

/** One document inside a combined file: its page count and its own footer (its own code). */
export interface Section {
  pages: number;
  footer: FooterText;
}

/**
 * A combined file holds several documents one after another, each numbered on its own: page 7 of a
 * file whose documents have 4 and 5 pages is page 3 / 5 of the second. Without sections, the file's
 * own numbers.
 */
export function sectionPage(page: number, total: number, sections: readonly Section[] | undefined) {
  if (!sections?.length) return { page, pages: total, index: -1 };
  let first = 1;
  for (const [index, section] of sections.entries()) {
    if (page < first + section.pages) return { page: page - first + 1, pages: section.pages, index };
    first += section.pages;
  }
  return { page, pages: total, index: -1 };
}
