import type { Random } from './random';
import type { SubjectKind } from './subjects';

/**
 * What was done in class and what was set for home, as teachers write it in the journal. `{p}` is a
 * page, `{e}` an exercise, `{n}` a problem number and `{s}` a paragraph; they grow through the quarter.
 */
type Templates = Record<SubjectKind, { work: readonly string[]; home: readonly (string | null)[] }>;

const ky: Templates = {
  language: {
    work: [
      'Эрежени түшүндүрүү, {e}-көнүгүү',
      '{e}-, {e1}-көнүгүүлөр',
      'Сөздүк диктант, {e}-көнүгүү',
      'Карточкалар менен иштөө',
    ],
    home: ['{e}-көнүгүү, {p}-бет', 'Эрежени жаттоо, {e1}-көнүгүү', '{p}-бет, {e}-көнүгүү'],
  },
  literature: {
    work: ['Чыгарманы окуу жана талдоо', 'Каармандарга мүнөздөмө берүү', 'Суроолорго жооп, талкуу', 'Көркөм окуу'],
    home: [
      '{p}–{p1}-беттерди окуу',
      'Ырды жатка айтуу',
      'Суроолорго жазуу түрүндө жооп берүү',
      'Кыскача мазмунун айтып берүү',
    ],
  },
  math: {
    work: [
      'Жаңы теманы түшүндүрүү, № {n}–{n1}',
      'Мисалдарды чыгаруу, № {n}, {n1}',
      'Өз алдынча иш',
      'Тактада маселе чыгаруу',
    ],
    home: ['№ {n}, {n1}', '§{s}, № {n}, {n1}', '№ {n1}, эрежени кайталоо'],
  },
  science: {
    work: [
      'Жаңы теманы түшүндүрүү, таблица менен иштөө',
      '§{s} боюнча суроолор',
      'Тажрыйба көрсөтүү',
      'Маселелер чыгаруу',
    ],
    home: ['§{s}, суроолорго жооп берүү', '§{s} окуу, таблицаны толтуруу', '§{s}, {e}-көнүгүү'],
  },
  social: {
    work: ['Жаңы тема, карта менен иштөө', 'Даталар менен иштөө, талкуу', '§{s} боюнча суроолор', 'Тест тапшыруу'],
    home: ['§{s} окуу', '§{s}, даталарды жаттоо', '§{s}, контурдук картаны толтуруу'],
  },
  arts: {
    work: ['Практикалык иш', 'Үлгү менен таанышуу, практикалык иш', 'Ыр үйрөнүү', 'Чыгармачыл иш'],
    home: [null, null, 'Ишти бүтүрүү', 'Ырды жаттоо'],
  },
  sport: {
    work: [
      'Жылытуу көнүгүүлөрү, оюн',
      'Техниканы үйрөнүү, эстафета',
      'Нормативдерге даярдануу',
      'Жалпы физикалык даярдык',
    ],
    home: [null],
  },
  it: {
    work: ['Компьютерде практикалык иш', 'Жаңы тема, {n}-тапшырма', 'Практикалык иш № {s}'],
    home: ['§{s}, суроолор', '§{s}, {n}-тапшырма'],
  },
};

const ru: Templates = {
  language: {
    work: ['Объяснение правила, упр. {e}', 'Упр. {e}, {e1}', 'Словарный диктант, упр. {e}', 'Работа по карточкам'],
    home: ['Упр. {e}, с. {p}', 'Выучить правило, упр. {e1}', 'С. {p}, упр. {e}'],
  },
  literature: {
    work: [
      'Чтение и анализ произведения',
      'Характеристика героев',
      'Ответы на вопросы, беседа',
      'Выразительное чтение',
    ],
    home: ['Прочитать с. {p}–{p1}', 'Выучить стихотворение наизусть', 'Письменно ответить на вопросы', 'Пересказ'],
  },
  math: {
    work: [
      'Объяснение новой темы, № {n}–{n1}',
      'Решение примеров, № {n}, {n1}',
      'Самостоятельная работа',
      'Решение задач у доски',
    ],
    home: ['№ {n}, {n1}', '§{s}, № {n}, {n1}', '№ {n1}, повторить правило'],
  },
  science: {
    work: ['Объяснение новой темы, работа с таблицей', 'Вопросы к §{s}', 'Демонстрация опыта', 'Решение задач'],
    home: ['§{s}, ответить на вопросы', '§{s}, заполнить таблицу', '§{s}, упр. {e}'],
  },
  social: {
    work: ['Новая тема, работа с картой', 'Работа с датами, беседа', 'Вопросы к §{s}', 'Тест'],
    home: ['§{s}', '§{s}, выучить даты', '§{s}, заполнить контурную карту'],
  },
  arts: {
    work: [
      'Практическая работа',
      'Знакомство с образцом, практическая работа',
      'Разучивание песни',
      'Творческая работа',
    ],
    home: [null, null, 'Закончить работу', 'Выучить песню'],
  },
  sport: {
    work: ['Разминка, игра', 'Обучение технике, эстафета', 'Подготовка к нормативам', 'Общая физическая подготовка'],
    home: [null],
  },
  it: {
    work: ['Практическая работа на компьютере', 'Новая тема, задание {n}', 'Практическая работа № {s}'],
    home: ['§{s}, вопросы', '§{s}, задание {n}'],
  },
};

function fill(template: string, index: number, grade: number): string {
  const p = 6 + index * 3 + grade;
  const e = 4 + index * 2 + grade;
  const n = 10 + index * 6 + grade * 3;
  const s = 1 + Math.floor(index / 2);
  return template
    .replaceAll('{p1}', String(p + 4))
    .replaceAll('{p}', String(p))
    .replaceAll('{e1}', String(e + 1))
    .replaceAll('{e}', String(e))
    .replaceAll('{n1}', String(n + 3))
    .replaceAll('{n}', String(n))
    .replaceAll('{s}', String(s));
}

/** Class work and homework for the `index`-th lesson of a subject. First-graders get no homework. */
export function lessonTexts(
  rng: Random,
  kind: SubjectKind,
  language: 'ky' | 'ru',
  grade: number,
  index: number,
): { classWork: string; homework: string | null } {
  const t = (language === 'ky' ? ky : ru)[kind];
  const home = grade === 1 ? null : rng.pick(t.home);
  return { classWork: fill(rng.pick(t.work), index, grade), homework: home === null ? null : fill(home, index, grade) };
}
