import { cellText, type Cell } from '../imports/cells';
import { normalizeHeading } from '../imports/headers';
import type { PlanColumn } from '../api/contract/plan';

/**
 * The words of a plan's column headings, in Kyrgyz, Russian and English, compared as whole words of
 * the heading after `normalizeHeading` (so "Кол-во часов", "Саат саны" and "Часы" all name the hours,
 * but "Календарно-тематический план" above the table names no column).
 */
const words: Record<Exclude<PlanColumn, 'number'>, string[]> = {
  topic: ['тема', 'темасы', 'темы', 'темалар', 'темалары', 'topic', 'topics', 'title'],
  hours: ['саат', 'сааты', 'саатка', 'саат саны', 'час', 'часы', 'часов', 'часа', 'hours', 'hour'],
  date: ['дата', 'датасы', 'даталар', 'күнү', 'мөөнөт', 'мөөнөтү', 'срок', 'сроки', 'date', 'when'],
  section: ['бөлүм', 'бөлүмү', 'бөлүмдөр', 'раздел', 'раздела', 'разделы', 'глава', 'бап', 'модуль', 'section', 'unit'],
};

const numberHeadings = new Set(['no', 'n', 'nr', 'номер', 'п п', 'р с', 'к с', 'катар саны', 'number']);

/** "Дата (факт)", "Иш жүзүндө өтүлгөн күнү": what was done, not what is planned. */
const actualWords = new Set(['факт', 'фактически', 'фактическая', 'фактическое', 'жүзүндө', 'actual']);

/**
 * Earlier kinds win when a heading names two: "Кол-во часов на тему" counts hours, "Бөлүмдүн жана
 * сабактын темасы" holds the topics.
 */
const order: Exclude<PlanColumn, 'number'>[] = ['hours', 'topic', 'date', 'section'];

/** The column a heading names, or null. A bilingual "Темасы / Тема" matches by either part. */
export function columnOfHeading(heading: string): PlanColumn | null {
  const raw = heading.trim();
  if (raw === '') return null;
  const found = new Set<PlanColumn>();
  for (const part of raw.split(/[/\n|]/)) {
    const normal = normalizeHeading(part);
    const list = normal.split(' ').filter(Boolean);
    if (list.some((w) => actualWords.has(w))) return null;
    for (const kind of order) if (words[kind].some((w) => list.includes(w) || normal === w)) found.add(kind);
  }
  for (const kind of order) if (found.has(kind)) return kind;
  if (raw.startsWith('№') || raw.startsWith('#') || numberHeadings.has(normalizeHeading(raw))) return 'number';
  return null;
}

export interface PlanHeader {
  /** 0-based row index of the heading line. */
  row: number;
  /** Column index of each kind found (the first column of a kind only). */
  columns: Partial<Record<PlanColumn, number>>;
  headers: { kind: PlanColumn; header: string }[];
}

/** Rows above the heading line scanned for it: a title, the teacher's name, the class. */
const scanRows = 15;

/**
 * The heading line: among the first rows, the one naming the most columns, one of them the topic; null
 * when no row names a topic column.
 */
export function findPlanHeader(rows: Cell[][]): PlanHeader | null {
  let best: PlanHeader | null = null;
  for (let r = 0; r < Math.min(rows.length, scanRows); r += 1) {
    const columns: Partial<Record<PlanColumn, number>> = {};
    const headers: PlanHeader['headers'] = [];
    (rows[r] ?? []).forEach((cell, index) => {
      const header = cellText(cell);
      const kind = typeof cell === 'string' ? columnOfHeading(header) : null;
      if (kind && columns[kind] === undefined) {
        columns[kind] = index;
        headers.push({ kind, header });
      }
    });
    if (columns.topic === undefined) continue;
    if (!best || headers.length > best.headers.length) best = { row: r, columns, headers };
  }
  return best;
}
