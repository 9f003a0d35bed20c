import { lines } from './lists';
import { kyrgyzTopics } from './topics-ky';
import { russianTopics } from './topics-ru';

/** English topics are written in English, as English teachers in Kyrgyzstan write them. */
const englishTopics = `
# english.primary
Hello! Greetings
My family
Colours and numbers
My school things
Animals
My toys
# english
My family and friends
At school
My day
Food and drinks
Seasons and weather
My home town
Sport and hobbies
Travelling
Kyrgyzstan, my motherland
`;

type Language = 'ky' | 'ru' | 'en';

/** `# key` starts a section; every following line is a topic of it. */
function parse(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines(text)) {
    if (line.startsWith('# ')) {
      current = [];
      sections.set(line.slice(2).trim(), current);
    } else {
      current?.push(line);
    }
  }
  return sections;
}

const topicsByLanguage: Record<Language, Map<string, string[]>> = {
  ky: parse(kyrgyzTopics),
  ru: parse(russianTopics),
  en: parse(englishTopics),
};

/** The topics of a subject for a grade, in the given language; the primary list first for grades 1–4. */
export function topicsFor(subjectKey: string, grade: number, language: Language): readonly string[] {
  const sections = topicsByLanguage[language];
  const found = (grade <= 4 ? sections.get(`${subjectKey}.primary`) : undefined) ?? sections.get(subjectKey);
  if (!found || found.length === 0) throw new Error(`No demo topics for ${subjectKey} in ${language}`);
  return found;
}

/** Words the plan uses around the topics. */
export const planWords = {
  ky: { review: 'Өтүлгөндөрдү кайталоо', control: 'Текшерүү иши', practice: 'бекемдөө', analysis: 'Катаны талдоо' },
  ru: {
    review: 'Повторение пройденного',
    control: 'Контрольная работа',
    practice: 'закрепление',
    analysis: 'Анализ контрольной работы',
  },
  en: { review: 'Revision', control: 'Test', practice: 'practice', analysis: 'Test analysis' },
} as const;
