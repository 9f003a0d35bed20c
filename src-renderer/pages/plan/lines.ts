import type { PlanLine } from '../../../src-main/api/contract/plan';
import type { I18n } from '../../i18n/i18n';

/** The key of a plan line on this screen: class subject and subgroup. */
export const lineKey = (l: Pick<PlanLine, 'classSubjectId' | 'subgroupId'>) =>
  `${l.classSubjectId}:${l.subgroupId ?? ''}`;

/** "Англис тили · 1-топ" in the reader's language; a split subject's class plan is named as such. */
export function lineTitle(
  line: Pick<PlanLine, 'subject' | 'subgroupName'> & { split?: boolean },
  lang: I18n['lang'],
  t: I18n['t'],
): string {
  const subject = lang === 'ru' ? line.subject.nameRu : line.subject.nameKy;
  if (line.subgroupName) return `${subject} · ${line.subgroupName}`;
  return line.split ? `${subject} · ${t('plan.commonPlan')}` : subject;
}
