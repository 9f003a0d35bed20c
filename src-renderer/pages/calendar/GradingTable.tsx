import { useEffect, useId, useState, type FormEvent } from 'react';
import type { GradingRuleRow, GradingScaleName } from '../../../src-main/api/contract/calendar';
import { gradingScales } from '../../../src-main/api/contract/calendar';
import { api, call } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { fieldMessages } from '../../components/errors';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';

const grades = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** One grade's row: one scale for the year, or one per half-year (grade 2 begins marks in the second). */
interface GradeRule {
  split: boolean;
  whole: GradingScaleName;
  halves: [GradingScaleName, GradingScaleName];
}

function toTable(rules: GradingRuleRow[]): Map<number, GradeRule> {
  const table = new Map<number, GradeRule>();
  for (const grade of grades) {
    const own = rules.filter((r) => r.grade === grade);
    const whole = own.find((r) => r.halfYear === null)?.scale;
    const first = own.find((r) => r.halfYear === 1)?.scale;
    const second = own.find((r) => r.halfYear === 2)?.scale;
    // A grade with no rule (grade 12 in most schools) shows the usual scale until someone sets it.
    const fallback: GradingScaleName = whole ?? 'five_point';
    table.set(grade, {
      split: !whole && !!(first ?? second),
      whole: fallback,
      halves: [first ?? fallback, second ?? fallback],
    });
  }
  return table;
}

function toRules(table: Map<number, GradeRule>, present: Set<number>): GradingRuleRow[] {
  return grades
    .filter((g) => present.has(g))
    .flatMap((grade): GradingRuleRow[] => {
      const r = table.get(grade);
      if (!r) return [];
      return r.split
        ? [
            { grade, halfYear: 1 as const, scale: r.halves[0] },
            { grade, halfYear: 2 as const, scale: r.halves[1] },
          ]
        : [{ grade, halfYear: null, scale: r.whole }];
    });
}

function ScaleSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: GradingScaleName;
  onChange(v: GradingScaleName): void;
}) {
  const { t } = useI18n();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as GradingScaleName)}>
      {gradingScales.map((s) => (
        <option key={s} value={s}>
          {t(`grading.scale.${s}`)}
        </option>
      ))}
    </select>
  );
}

/** The year's grading scale per grade, as a table of selects; saved as a whole. */
export function GradingTable({ yearId, readOnly }: { yearId: number; readOnly: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [table, setTable] = useState<Map<number, GradeRule> | null>(null);
  const [present, setPresent] = useState<Set<number>>(new Set());
  const [saved, setSaved] = useState(false);
  const { busy, error, setError, run } = useSubmit<GradingRuleRow[]>();

  useEffect(() => {
    let live = true;
    void call(api()['grading.list']({ yearId })).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setTable(toTable(result.value));
      // Grades 1–11 always; grade 12 only where the year already grades it (the 12-year reform).
      setPresent(new Set([...grades.slice(0, 11), ...result.value.map((r) => r.grade)]));
    });
    return () => {
      live = false;
    };
  }, [yearId, setError]);

  if (!table) return <ErrorNotice error={error} />;

  const update = (grade: number, patch: Partial<GradeRule>) => {
    setSaved(false);
    setTable((old) => {
      const next = new Map(old);
      const row = next.get(grade);
      if (row) next.set(grade, { ...row, ...patch });
      return next;
    });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!table) return;
    const result = await run(() => api()['grading.set']({ yearId, rules: toRules(table, present) }));
    if (result) setSaved(true);
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('grading.title')}</h2>
      <fieldset disabled={busy || readOnly}>
        <table className="table">
          <thead>
            <tr>
              <th>{t('grading.grade')}</th>
              <th>{t('grading.byHalfYear')}</th>
              <th>{t('grading.half', { number: 1 })}</th>
              <th>{t('grading.half', { number: 2 })}</th>
            </tr>
          </thead>
          <tbody>
            {grades
              .filter((g) => present.has(g))
              .map((grade) => {
                const r = table.get(grade);
                if (!r) return null;
                const label = t('grading.gradeLabel', { grade });
                const messages = error
                  ? toRules(table, present).flatMap((rule, i) =>
                      rule.grade === grade ? fieldMessages(error, `rules.${i}.halfYear`, i18n) : [],
                    )
                  : [];
                return (
                  <tr key={grade}>
                    <td>
                      {label}
                      {messages.map((m) => (
                        <div key={m} className="field-error">
                          {m}
                        </div>
                      ))}
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${label}: ${t('grading.byHalfYear')}`}
                        checked={r.split}
                        onChange={(e) => update(grade, { split: e.target.checked })}
                      />
                    </td>
                    {r.split ? (
                      r.halves.map((scale, h) => (
                        <td key={h}>
                          <ScaleSelect
                            label={`${label}: ${t('grading.half', { number: h + 1 })}`}
                            value={scale}
                            onChange={(v) => update(grade, { halves: h === 0 ? [v, r.halves[1]] : [r.halves[0], v] })}
                          />
                        </td>
                      ))
                    ) : (
                      <td colSpan={2}>
                        <ScaleSelect
                          label={`${label}: ${t('grading.wholeYear')}`}
                          value={r.whole}
                          onChange={(whole) => update(grade, { whole })}
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
          </tbody>
        </table>
      </fieldset>
      <ErrorNotice error={error} />
      <SuccessNotice text={saved ? t('grading.saved') : null} />
      {readOnly ? null : (
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.working') : t('grading.save')}
          </button>
        </div>
      )}
    </form>
  );
}
