import type { FillingLine, FillingReport, FillingTeacher, FillingTotals } from '../../api/contract/control-filling';
import { compareKyrgyz } from '../../text/kyrgyz-order';
import { groupBy } from './group';

/* The report's sums: per teacher (by name, the lines without a teacher last) and for the school. */

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

function totalsOf(lines: FillingLine[]): FillingTotals {
  const sum = (f: (l: FillingLine) => number) => lines.reduce((n, l) => n + f(l), 0);
  return {
    lines: lines.length,
    planned: sum((l) => l.planned),
    entered: sum((l) => l.entered),
    missing: sum((l) => l.missing.length),
    noTopic: sum((l) => l.noTopic.length),
    noHomework: sum((l) => l.noHomework.length),
    lateMarks: sum((l) => l.lateMarks.reduce((n, r) => n + r.entries, 0)),
    lateAttendance: sum((l) => l.lateAttendance.reduce((n, r) => n + r.entries, 0)),
    pupils: sum((l) => l.pupils),
    noMarks: sum((l) => l.noMarks.length),
    oneMark: sum((l) => l.oneMark.length),
    lastEntryOn: lines.reduce<string | null>((d, l) => later(d, l.lastEntryOn), null),
    // A split subject's remark stands on each of its subgroups' lines: counted once.
    remarks: new Set(lines.flatMap((l) => l.remarks.map((r) => r.remarkId))).size,
    remarksOpen: new Set(lines.flatMap((l) => l.remarks.filter((r) => !r.fixed).map((r) => r.remarkId))).size,
  };
}

export function summarise(lines: FillingLine[]): Pick<FillingReport, 'lines' | 'teachers' | 'school'> {
  const byTeacher = groupBy(lines, (line) => line.teacher?.staffId ?? null);
  const teachers: FillingTeacher[] = [...byTeacher.values()]
    .map((own) => ({ teacher: own[0]?.teacher ?? null, ...totalsOf(own) }))
    .sort((a, b) =>
      a.teacher === null ? 1 : b.teacher === null ? -1 : compareKyrgyz(a.teacher.fullName, b.teacher.fullName),
    );
  return { lines, teachers, school: totalsOf(lines) };
}
