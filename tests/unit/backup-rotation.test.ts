import { describe, expect, it } from 'vitest';
import { filesToDelete, type RotationFile } from '../../src-main/backup/rotation';

/**
 * The rotation rule on hand-made lists. "Now" is Monday 23 November 2026, 12:00 UTC; its week runs
 * Monday 23 – Sunday 29 November, so the eight weeks kept are those starting 23, 16, 9 and 2 November,
 * 26, 19, 12 and 5 October.
 */
const now = new Date('2026-11-23T12:00:00.000Z');

/** A verified backup made at 02:00 UTC on a day, named as the writer names it. */
function on(date: string, options: { verified?: boolean; time?: string; suffix?: string } = {}): RotationFile {
  const time = options.time ?? '02:00:00';
  return {
    name: `mektep-${date.replace(/-/g, '')}-${time.replace(/:/g, '')}${options.suffix ?? ''}.mjb`,
    createdAt: `${date}T${time}.000Z`,
    verified: options.verified ?? true,
  };
}

/** Every day from `first` to `last`, inclusive. */
function days(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const names = (dates: string[]) => dates.map((d) => on(d).name);

describe('the rotation of local backups', () => {
  it('keeps everything while there are ten or fewer', () => {
    const files = days('2026-11-14', '2026-11-23').map((d) => on(d));
    expect(filesToDelete(files, now)).toEqual([]);
    expect(filesToDelete([], now)).toEqual([]);
  });

  it('deletes daily backups beyond the last ten that no week or month needs, oldest first', () => {
    const files = days('2026-11-12', '2026-11-23').map((d) => on(d));
    // Kept: 14–23 November (the last ten); 15 November is also its week's newest. 12 and 13 go.
    expect(filesToDelete(files, now)).toEqual(names(['2026-11-12', '2026-11-13']));
  });

  it('keeps one a week for eight weeks and one a month for twelve months from daily backups', () => {
    const files = days('2026-08-01', '2026-11-23').map((d) => on(d));
    expect(files).toHaveLength(115);
    const kept = [
      ...days('2026-11-14', '2026-11-23'),
      // The newest of the weeks starting 2 November, 26, 19, 12 and 5 October (16 and 9 November are above).
      '2026-11-08',
      '2026-11-01',
      '2026-10-25',
      '2026-10-18',
      '2026-10-11',
      // The newest of October, September and August (November's is above).
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
    ];
    const deleted = filesToDelete(files, now);
    expect(deleted).toHaveLength(115 - kept.length);
    expect(deleted).toEqual(files.map((f) => f.name).filter((n) => !names(kept).includes(n)));
    expect(deleted[0]).toBe(on('2026-08-01').name);
  });

  it('keeps the newest of each of the last twelve months, this one included', () => {
    const months = [
      '2025-08-15',
      '2025-09-15',
      '2025-10-15',
      '2025-11-15',
      '2025-12-15',
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
      '2026-04-15',
      '2026-05-15',
      '2026-06-15',
      '2026-07-15',
      '2026-08-15',
      '2026-09-15',
      '2026-10-15',
      '2026-11-15',
    ];
    // The last ten are February – November 2026; the months add December 2025 and January 2026.
    expect(
      filesToDelete(
        months.map((d) => on(d)),
        now,
      ),
    ).toEqual(names(['2025-08-15', '2025-09-15', '2025-10-15', '2025-11-15']));
  });

  it('counts a week from Monday: Sunday night and Monday morning fall in different weeks', () => {
    const files = [
      ...days('2026-11-13', '2026-11-22').map((d) => on(d, { time: '12:00:00' })),
      on('2026-11-23', { time: '00:30:00' }),
      on('2026-11-02', { time: '23:59:59' }),
      on('2026-11-01', { time: '23:59:59' }),
      on('2026-11-01', { time: '08:00:00' }),
    ];
    // Last ten: 23 November and 14–22. The newest of the week 9–15 is 15 November (kept already), so
    // 13 November goes. Monday 2 November is the newest of its week (2–8), and Sunday 1 November 23:59
    // the newest of 26 October – 1 November, so 1 November 08:00 goes.
    expect(filesToDelete(files, now)).toEqual([
      on('2026-11-01', { time: '08:00:00' }).name,
      on('2026-11-13', { time: '12:00:00' }).name,
    ]);
  });

  it('orders backups of the same second by their name (-2 after the first)', () => {
    const files = [
      ...days('2026-11-10', '2026-11-18').map((d) => on(d, { time: '03:00:00' })),
      on('2026-11-23', { time: '09:00:00' }),
      on('2026-11-23', { time: '09:00:00', suffix: '-2' }),
    ];
    // Eleven files: the oldest (10 November) is beyond the last ten, and 15 November is its week's newest.
    expect(filesToDelete(files, now)).toEqual([on('2026-11-10', { time: '03:00:00' }).name]);
  });

  it('never deletes the only verified copy, however old', () => {
    const files = [
      on('2025-01-10', { verified: true }),
      ...days('2026-11-12', '2026-11-23').map((d) => on(d, { verified: false })),
    ];
    // January 2025 is outside every rule, but the others were never checked: it stays.
    expect(filesToDelete(files, now)).toEqual(names(['2026-11-12', '2026-11-13']));
    const none = files.map((f) => ({ ...f, verified: false }));
    expect(filesToDelete(none, now)).toEqual(names(['2025-01-10', '2026-11-12', '2026-11-13']));
  });

  it('never deletes the newest, even under a rule that keeps nothing', () => {
    const files = days('2026-11-20', '2026-11-23').map((d) => on(d, { verified: false }));
    expect(filesToDelete(files, now, { keepLast: 0, weeks: 0, months: 0 })).toEqual(
      names(['2026-11-20', '2026-11-21', '2026-11-22']),
    );
    files[0] = { ...on('2026-11-20'), verified: true };
    // The newest is kept, and so is the only verified one.
    expect(filesToDelete(files, now, { keepLast: 0, weeks: 0, months: 0 })).toEqual(
      names(['2026-11-21', '2026-11-22']),
    );
  });

  it('leaves alone a file it cannot date or whose date is after now (a wrong clock)', () => {
    const files = [
      ...days('2026-11-12', '2026-11-23').map((d) => on(d)),
      { name: 'mektep-20261201-020000.mjb', createdAt: '2026-12-01T02:00:00.000Z', verified: true },
      { name: 'mektep-20200101-000000.mjb', createdAt: 'not a date', verified: false },
    ];
    // The future file is not counted among the last ten either: 12 and 13 November still go.
    expect(filesToDelete(files, now)).toEqual(names(['2026-11-12', '2026-11-13']));
  });
});
