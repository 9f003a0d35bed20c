import type { RepeatDecision } from '../api/contract/year-end';

/*
 * What the roll-over writes into the movement book's free-text columns. Both languages, Kyrgyz first,
 * because the book is read in either (the pupil's card shows it as written) and these lines are
 * written by the program, not by a person in the language they chose.
 */

/** "28.05.2027" */
function dayText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** On the closed year's line of a pupil who finished school (the last grade, or grade 9 and left). */
export function graduatedReason(grade: number): string {
  return `${grade}-классты бүтүрдү / Окончил(а) ${grade} классов`;
}

/** On the new year's line of a pupil who moved up with the class. */
export function movedUpReason(fromClass: string): string {
  return `${fromClass} классынан которулду / Переведён(а) из ${fromClass} класса`;
}

/** On the new year's line of a repeater: the pedagogical council's decision, by number and date. */
export function repeatReason(d: RepeatDecision): string {
  const day = dayText(d.decisionDate);
  return `Кайталап окуу: педкеңештин ${day} № ${d.decisionNo} чечими / Повторный курс: решение педсовета № ${d.decisionNo} от ${day}`;
}
