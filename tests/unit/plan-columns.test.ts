import { describe, expect, it } from 'vitest';
import { columnOfHeading } from '../../src-main/plan/import-columns';

/* The column a plan's heading names, in Kyrgyz, Russian and English, whatever its case and spacing. */

describe('column headings', () => {
  it.each([
    ['Темасы', 'topic'],
    ['Тема / Темасы', 'topic'],
    ['Наименование темы', 'topic'],
    ['САТ', null],
    ['Саат саны', 'hours'],
    ['  саат  ', 'hours'],
    ['Часы', 'hours'],
    ['Количество часов на тему', 'hours'],
    ['Дата', 'date'],
    ['Өтүлүүчү мөөнөтү', 'date'],
    ['Иш жүзүндө өтүлгөн күнү', null],
    ['Бөлүм', 'section'],
    ['РАЗДЕЛ', 'section'],
    ['№', 'number'],
    ['No', 'number'],
    ['Календарно-тематическое планирование', null],
    ['Примечание', null],
  ])('%s → %s', (heading, kind) => {
    expect(columnOfHeading(heading)).toBe(kind);
  });
});
