import { useState } from 'react';
import type { RollOverClass } from '../../../src-main/api/contract/year-end';
import { useI18n } from '../../i18n/i18n';

export interface Choices {
  leavers: ReadonlySet<number>;
  repeaters: ReadonlySet<number>;
}

/**
 * Each class of the closed year, opened on demand, with its pupils: "repeats" for anyone, "leaves"
 * for grade 9 (the last grade graduates anyway). A pupil is one or the other, never both.
 */
export function PupilChoices({
  classes,
  choices,
  onChange,
}: {
  classes: RollOverClass[];
  choices: Choices;
  onChange(next: Choices): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const marked = (c: RollOverClass) =>
    c.pupils.filter((p) => choices.leavers.has(p.studentId) || choices.repeaters.has(p.studentId)).length;
  const flip = (set: ReadonlySet<number>, id: number, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  return (
    <ul className="year-end-classes">
      {classes.map((c) => (
        <li key={c.fromClassId} data-class={c.fromName}>
          <button
            type="button"
            aria-expanded={open === c.fromClassId}
            onClick={() => setOpen(open === c.fromClassId ? null : c.fromClassId)}
          >
            {t('yearEnd.roll.classPupils', { className: c.fromName, count: c.pupils.length })}
          </button>
          {marked(c) ? <span className="muted"> {t('yearEnd.roll.marked', { count: marked(c) })}</span> : null}
          {open === c.fromClassId ? (
            <table className="table year-end-pupils" aria-label={c.fromName}>
              <tbody>
                {c.pupils.map((p) => (
                  <tr key={p.studentId} data-pupil={p.fullName}>
                    <th scope="row">{p.fullName}</th>
                    <td>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={choices.repeaters.has(p.studentId)}
                          onChange={(e) =>
                            onChange({
                              leavers: flip(choices.leavers, p.studentId, false),
                              repeaters: flip(choices.repeaters, p.studentId, e.target.checked),
                            })
                          }
                        />
                        {t('yearEnd.roll.repeats')}
                      </label>
                    </td>
                    <td>
                      {c.grade === 9 ? (
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            checked={choices.leavers.has(p.studentId)}
                            onChange={(e) =>
                              onChange({
                                leavers: flip(choices.leavers, p.studentId, e.target.checked),
                                repeaters: flip(choices.repeaters, p.studentId, false),
                              })
                            }
                          />
                          {t('yearEnd.roll.leaves')}
                        </label>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
