import type { MarkKind } from '../../db/schema';
import type { DocumentLanguage } from '../types';

/** A mark's kind as a paper names it (GLOSSARY.md); the everyday oral mark has no name of its own. */
export const markKindNames: Record<DocumentLanguage, Record<Exclude<MarkKind, 'general'>, string>> = {
  ky: {
    write: 'жазуу иши',
    control: 'текшерүү иши',
    test: 'тест',
    homework: 'үй иши',
    laboratory: 'лабораториялык иш',
    practice: 'практикалык иш',
  },
  ru: {
    write: 'письменная работа',
    control: 'контрольная работа',
    test: 'тест',
    homework: 'домашняя работа',
    laboratory: 'лабораторная работа',
    practice: 'практическая работа',
  },
};
