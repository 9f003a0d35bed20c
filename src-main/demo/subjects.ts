/** The demo school's subjects: names in both languages, and the kind that picks lesson texts. */

export type SubjectKind = 'language' | 'literature' | 'math' | 'science' | 'social' | 'arts' | 'sport' | 'it';

export interface DemoSubject {
  key: string;
  nameKy: string;
  nameRu: string;
  shortKy: string;
  shortRu: string;
  kind: SubjectKind;
  /** The language its topics are written in whatever the class ('ky' for Kyrgyz, 'ru' for Russian). */
  topicLanguage?: 'ky' | 'ru' | 'en';
}

const s = (
  key: string,
  kind: SubjectKind,
  [nameKy, shortKy]: [string, string],
  [nameRu, shortRu]: [string, string],
  topicLanguage?: 'ky' | 'ru' | 'en',
): DemoSubject => ({ key, nameKy, nameRu, shortKy, shortRu, kind, ...(topicLanguage ? { topicLanguage } : {}) });

/** In the order the journal and the ledgers list them. */
export const subjects: readonly DemoSubject[] = [
  s('kyrgyz', 'language', ['Кыргыз тили', 'Кыргыз т.'], ['Кыргызский язык', 'Кырг. яз.'], 'ky'),
  s('kyrgyz_lit', 'literature', ['Кыргыз адабияты', 'Кыргыз ад.'], ['Кыргызская литература', 'Кырг. лит.'], 'ky'),
  s('russian', 'language', ['Орус тили', 'Орус т.'], ['Русский язык', 'Рус. яз.'], 'ru'),
  s('russian_lit', 'literature', ['Орус адабияты', 'Орус ад.'], ['Русская литература', 'Рус. лит.'], 'ru'),
  s('reading', 'literature', ['Адабий окуу', 'Окуу'], ['Литературное чтение', 'Чтение']),
  s('english', 'language', ['Англис тили', 'Англис т.'], ['Английский язык', 'Англ. яз.'], 'en'),
  s('math', 'math', ['Математика', 'Матем.'], ['Математика', 'Матем.']),
  s('algebra', 'math', ['Алгебра', 'Алгебра'], ['Алгебра', 'Алгебра']),
  s('geometry', 'math', ['Геометрия', 'Геом.'], ['Геометрия', 'Геом.']),
  s('physics', 'science', ['Физика', 'Физика'], ['Физика', 'Физика']),
  s('chemistry', 'science', ['Химия', 'Химия'], ['Химия', 'Химия']),
  s('biology', 'science', ['Биология', 'Биол.'], ['Биология', 'Биол.']),
  s('geography', 'social', ['География', 'Геогр.'], ['География', 'Геогр.']),
  s('history_kg', 'social', ['Кыргызстан тарыхы', 'Кырг. тарых'], ['История Кыргызстана', 'Ист. Кырг.']),
  s('history_world', 'social', ['Дүйнө тарыхы', 'Дүйнө тарых'], ['Всемирная история', 'Всем. ист.']),
  s('man_society', 'social', ['Адам жана коом', 'Адам ж. коом'], ['Человек и общество', 'Чел. и общ.']),
  s('homeland', 'social', ['Мекен таануу', 'Мекен т.'], ['Родиноведение', 'Родинов.']),
  s('ethics', 'social', ['Адеп', 'Адеп'], ['Этика', 'Этика']),
  s('informatics', 'it', ['Информатика', 'Информ.'], ['Информатика', 'Информ.']),
  s('music', 'arts', ['Музыка', 'Музыка'], ['Музыка', 'Музыка']),
  s('art', 'arts', ['Сүрөт', 'Сүрөт'], ['Изобразительное искусство', 'ИЗО']),
  s('technology', 'arts', ['Технология', 'Технол.'], ['Технология', 'Технол.']),
  s('pe', 'sport', ['Дене тарбия', 'Дене т.'], ['Физическая культура', 'Физ-ра']),
];

export function subjectByKey(key: string): DemoSubject {
  const found = subjects.find((x) => x.key === key);
  if (!found) throw new Error(`Unknown demo subject ${key}`);
  return found;
}
