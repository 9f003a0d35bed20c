import type { ResultListGroup } from '../../api/contract/control-results';
import type { DocumentLanguage } from '../../print/types';

/** The results document's own words; the metrics' names are the reports' (`results-columns.ts`). */
export const resultsWords: Record<
  DocumentLanguage,
  {
    title: string;
    byClass: string;
    bySubject: string;
    byTeacher: string;
    cls: string;
    subject: string;
    teacher: string;
    parallel: (grade: number) => string;
    school: string;
    change: string;
    compared: (previous: string) => string;
    noPrevious: string;
    lists: string;
    groups: Record<ResultListGroup, string>;
    no: string;
    pupil: string;
    subjects: string;
    missing: string;
    missingLine: (cls: string, subject: string, pupils: string) => string;
    left: string;
    formula: string;
  }
> = {
  ky: {
    title: 'Окуу жетишкендигинин жыйынтыктары',
    byClass: 'Класстар жана параллелдер боюнча',
    bySubject: 'Сабактар боюнча',
    byTeacher: 'Мугалимдер боюнча',
    cls: 'Класс',
    subject: 'Сабак',
    teacher: 'Мугалим',
    parallel: (grade) => `${grade}-класстар`,
    school: 'Мектеп боюнча',
    change: '±',
    compared: (previous) => `«±» — ${previous} менен салыштырганда өзгөрүү.`,
    noPrevious: 'Салыштыра турган мурунку мезгил жок.',
    lists: 'Сандардын артындагы окуучулар',
    groups: {
      withTwos: '«2» менен',
      oneThree: '«Жакшыга» бир «3» жетпейт',
      oneFour: '«Эң жакшыга» бир «4» жетпейт',
      notCertified: 'Аттестацияланган жок (н/а)',
    },
    no: '№',
    pupil: 'Окуучу',
    subjects: 'Сабактар',
    missing: 'Мезгилдик баалар али коюлган эмес',
    missingLine: (cls, subject, pupils) => `${cls}, ${subject}: ${pupils}`,
    left: 'Мезгил бүткөнгө чейин чыгып кеткендер (эсептелген жок)',
    formula: 'СОУ = (100·«5» + 64·«4» + 36·«3» + 16·«2» + 7·н/а) / бардык баалар.',
  },
  ru: {
    title: 'Итоги успеваемости',
    byClass: 'По классам и параллелям',
    bySubject: 'По предметам',
    byTeacher: 'По учителям',
    cls: 'Класс',
    subject: 'Предмет',
    teacher: 'Учитель',
    parallel: (grade) => `${grade}-е классы`,
    school: 'По школе',
    change: '±',
    compared: (previous) => `«±» — изменение по сравнению с периодом «${previous}».`,
    noPrevious: 'Предыдущего периода для сравнения нет.',
    lists: 'Учащиеся за цифрами',
    groups: {
      withTwos: 'С «2»',
      oneThree: 'С одной «3» до «хорошистов»',
      oneFour: 'С одной «4» до отличников',
      notCertified: 'Не аттестованы (н/а)',
    },
    no: '№',
    pupil: 'Учащийся',
    subjects: 'Предметы',
    missing: 'Отметки за период ещё не выставлены',
    missingLine: (cls, subject, pupils) => `${cls}, ${subject}: ${pupils}`,
    left: 'Выбыли до конца периода (не учитываются)',
    formula: 'СОУ = (100·«5» + 64·«4» + 36·«3» + 16·«2» + 7·н/а) / все отметки.',
  },
};
