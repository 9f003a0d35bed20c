import { createContext, useContext } from 'react';

/*
 * Opening one screen from another with what it should show: the program has no router, the shell
 * keeps the current view (Shell.tsx). A target names its view and that view's typed parameters; the
 * shell switches to the view and hands the parameters over once.
 */

/** A journal page at a date: the class subject, its subgroup (null: the whole class) and the lesson day. */
export interface JournalTarget {
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
}

export type NavTarget = { view: 'journal'; journal: JournalTarget };

export type Navigate = (target: NavTarget) => void;

export const NavigationContext = createContext<Navigate>(() => undefined);

/** Opens another view; a no-op outside the shell (a screen rendered alone in a test). */
export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
