import { describe, expect, it } from 'vitest';
import { parseStaffList } from '../../src-renderer/pages/users/parse-staff-list';

describe('reading a staff list typed or pasted by the administrator', () => {
  it('reads "Surname Name Patronymic; position", keeping two-word Kyrgyz patronymics whole', () => {
    const { people, badLines } = parseStaffList(
      'Керимова Чолпон Бакыт кызы; математика мугалими\n  Асанов Эрмек  \n\nИванова Анна Сергеевна;учитель; завуч',
    );
    expect(badLines).toEqual([]);
    expect(people).toEqual([
      { line: 1, surname: 'Керимова', name: 'Чолпон', patronymic: 'Бакыт кызы', position: 'математика мугалими' },
      { line: 2, surname: 'Асанов', name: 'Эрмек' },
      { line: 4, surname: 'Иванова', name: 'Анна', patronymic: 'Сергеевна', position: 'учитель; завуч' },
    ]);
  });

  it('reads columns pasted from Excel (tab-separated), with Windows line ends', () => {
    const { people } = parseStaffList('Үсөнова\tАйгүл\tБакыт кызы\tмугалим\r\nТөлөгөнов\tБекболот\t\t\r\n');
    expect(people).toEqual([
      { line: 1, surname: 'Үсөнова', name: 'Айгүл', patronymic: 'Бакыт кызы', position: 'мугалим' },
      { line: 2, surname: 'Төлөгөнов', name: 'Бекболот' },
    ]);
  });

  it('names the lines that lack a surname or a name, by their number as typed', () => {
    const { people, badLines } = parseStaffList('Асанов Эрмек\nЖумабаева\n\n; директор\n\tАйпери');
    expect(people.map((p) => p.line)).toEqual([1]);
    expect(badLines).toEqual([2, 4, 5]);
  });
});
