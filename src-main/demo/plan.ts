import type { Random } from './random';
import type { DemoSubject } from './subjects';
import { planWords, topicsFor } from './topics';

/** One topic of the calendar-thematic plan (КТП) and the lessons (by index) it takes. */
export interface PlanEntry {
  title: string;
  control: boolean;
  /** Indexes into the quarter's lessons of this class subject. */
  lessons: number[];
}

/**
 * A control work every 8th lesson, and one at the end of a quarter too short to reach the 8th; none
 * where the grade gets no marks.
 */
export function isControlLesson(index: number, total: number, graded: boolean): boolean {
  const n = index + 1;
  if (!graded) return false;
  return n % 8 === 0 || (n === total && total < 8 && total >= 3);
}

/**
 * The quarter's plan for one class subject with `total` lessons: a review to start, then a run of the
 * subject's topics (about two or three lessons each; each grade takes the next run of the list, so
 * parallels do not all read alike), with the control works where they fall.
 */
export function buildPlan(
  rng: Random,
  subject: DemoSubject,
  grade: number,
  language: 'ky' | 'ru',
  total: number,
  graded: boolean,
): PlanEntry[] {
  const topicLanguage = subject.topicLanguage ?? language;
  const words = planWords[topicLanguage];
  const topics = topicsFor(subject.key, grade, topicLanguage);
  const controlTitle =
    subject.kind === 'sport' ? (topicLanguage === 'ky' ? 'Нормативдерди тапшыруу' : 'Сдача нормативов') : words.control;
  const review = grade > 1 && total > 2;
  let controls = 0;
  for (let i = 0; i < total; i += 1) if (isControlLesson(i, total, graded)) controls += 1;
  const teaching = Math.max(0, total - controls - (review ? 1 : 0));

  // Which topic each teaching lesson takes: `count` topics in a row, the hours shared out evenly.
  const count = Math.min(topics.length, Math.max(1, Math.round(teaching / 2.5)));
  const first = ((grade - 1) * count) % topics.length;
  const hours = Array.from({ length: count }, () => Math.floor(teaching / count));
  for (const k of rng.shuffle([...hours.keys()]).slice(0, teaching % count)) hours[k] = (hours[k] ?? 0) + 1;
  const queue = hours.flatMap((h, k) => Array.from({ length: h }, () => topics[(first + k) % topics.length] ?? ''));

  const entries: PlanEntry[] = [];
  let current: PlanEntry | null = null;
  for (let i = 0; i < total; i += 1) {
    if (isControlLesson(i, total, graded)) {
      entries.push({ title: controlTitle, control: true, lessons: [i] });
      current = null;
      continue;
    }
    const title = i === 0 && review ? words.review : (queue.shift() ?? words.review);
    if (current && current.title === title) {
      current.lessons.push(i);
    } else {
      current = { title, control: false, lessons: [i] };
      entries.push(current);
    }
  }
  return entries;
}

/** The topic as written on the lesson: the plan's title, marked as practice after its first lesson. */
export function lessonTopic(
  entry: PlanEntry,
  lessonIndex: number,
  subject: DemoSubject,
  language: 'ky' | 'ru',
): string {
  if (entry.control || entry.lessons[0] === lessonIndex) return entry.title;
  return `${entry.title} (${planWords[subject.topicLanguage ?? language].practice})`;
}
