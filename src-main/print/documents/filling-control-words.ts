import type { DocumentLanguage } from '../types';

/** The journal access report's words, in the document's language (GLOSSARY: журналды толтуруу боюнча отчет). */
export const fillingWords: Record<
  DocumentLanguage,
  {
    title: string;
    range: (from: string, until: string) => string;
    byTeacher: string;
    byLine: string;
    none: string;
    noTeacher: string;
    school: string;
    cols: Record<
      | 'teacher'
      | 'line'
      | 'planned'
      | 'missing'
      | 'noTopic'
      | 'noHomework'
      | 'lateMarks'
      | 'lateAttendance'
      | 'noMarks'
      | 'oneMark'
      | 'lastEntry'
      | 'remarks',
      string
    >;
    lists: Record<
      'missing' | 'noTopic' | 'noHomework' | 'lateMarks' | 'lateAttendance' | 'noMarks' | 'oneMark',
      string
    >;
    note: string;
  }
> = {
  ky: {
    title: 'Журналды толтуруу боюнча отчет',
    range: (from, until) => `${from} – ${until} аралыгы`,
    byTeacher: 'Мугалимдер боюнча',
    byLine: 'Кемчилиги бар класстар жана предметтер',
    none: 'Бул аралыкта кемчилик табылган жок.',
    noTeacher: 'мугалим дайындалган эмес',
    school: 'Мектеп боюнча',
    cols: {
      teacher: 'Мугалим',
      line: 'Класс, предмет',
      planned: 'Жүгүртмө б-ча',
      missing: 'Жазыл-баган',
      noTopic: 'Темасыз',
      noHomework: 'Үй тапш. жок',
      lateMarks: 'Баалар кеч',
      lateAttendance: 'Катышуу кеч',
      noMarks: 'Баасы жок',
      oneMark: 'Бир баа',
      lastEntry: 'Акыркы жазуу',
      remarks: 'Эскертүү (ачык)',
    },
    lists: {
      missing: 'жазылбаган сабактар',
      noTopic: 'темасыз',
      noHomework: 'үй тапшырмасыз',
      lateMarks: 'баалар кеч коюлган',
      lateAttendance: 'катышуу кеч белгиленген',
      noMarks: 'баасы жок',
      oneMark: 'бир гана баасы бар',
    },
    note: 'Кеч жазуу — мугалимге берилген мөөнөт (сабак күнүнүн аягы; жазуу иштери үчүн 10 күн) өткөндөн кийинки жазуу, аудит журналы боюнча.',
  },
  ru: {
    title: 'Отчёт о доступе к классному журналу',
    range: (from, until) => `с ${from} по ${until}`,
    byTeacher: 'По учителям',
    byLine: 'Классы и предметы с недочётами',
    none: 'За этот период недочётов не найдено.',
    noTeacher: 'учитель не назначен',
    school: 'По школе',
    cols: {
      teacher: 'Учитель',
      line: 'Класс, предмет',
      planned: 'По расп.',
      missing: 'Не внесено',
      noTopic: 'Без темы',
      noHomework: 'Без д/з',
      lateMarks: 'Отметки поздно',
      lateAttendance: 'Посещ. поздно',
      noMarks: 'Без отметок',
      oneMark: 'Одна отметка',
      lastEntry: 'Последняя запись',
      remarks: 'Замечания (откр.)',
    },
    lists: {
      missing: 'не внесены уроки',
      noTopic: 'без темы',
      noHomework: 'без домашнего задания',
      lateMarks: 'отметки внесены поздно',
      lateAttendance: 'посещаемость внесена поздно',
      noMarks: 'без отметок',
      oneMark: 'с одной отметкой',
    },
    note: 'Поздняя запись — сделанная после срока, который даётся учителю (конец дня урока; для письменных работ 10 дней), по журналу аудита.',
  },
};
