import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src-main/api/contract';
import { markKinds } from '../../src-main/db/schema';
import {
  canEdit,
  defaultEditPolicy,
  localMinute,
  readEditPolicy,
  type EditKind,
  type EditQuery,
} from '../../src-main/journal/edit-policy';
import { openTestApp } from '../helpers/app';

/** A Bishkek wall-clock time (UTC+6) as the UTC instant the clock would give. */
const bishkek = (local: string) => new Date(Date.parse(`${local}:00.000+06:00`));

const lessonDate = '2025-10-06';
const base: EditQuery = {
  role: 'teacher',
  isOwn: true,
  lessonDate,
  kind: 'lesson',
  now: bishkek('2025-10-06T14:00'),
  policy: defaultEditPolicy,
};
const q = (over: Partial<EditQuery>) => canEdit({ ...base, ...over });

describe('the school clock', () => {
  it('reads Bishkek time from a UTC instant, across midnight', () => {
    expect(localMinute(new Date('2025-10-06T17:59:00Z'))).toBe('2025-10-06T23:59');
    expect(localMinute(new Date('2025-10-06T18:00:00Z'))).toBe('2025-10-07T00:00');
  });
});

describe('canEdit', () => {
  const kinds: EditKind[] = ['lesson', 'homework', 'attendance', 'mark', 'excuse'];

  it('lets a teacher change their own lesson on its day, up to 23:59 inclusive', () => {
    for (const kind of kinds) {
      expect(q({ kind, now: bishkek('2025-10-06T08:00') }), kind).toEqual({ ok: true, correction: false });
      expect(q({ kind, now: new Date('2025-10-06T17:59:59Z') }), kind).toEqual({ ok: true, correction: false });
    }
  });

  it('refuses a teacher the next day for lessons, homework, attendance and oral marks', () => {
    const next = bishkek('2025-10-07T00:00');
    for (const kind of ['lesson', 'homework', 'attendance', 'mark'] as const) {
      expect(q({ kind, now: next, markKind: 'general' }), kind).toEqual({ ok: false, reason: 'dayPassed' });
    }
    // A reason does not open the window for a teacher.
    expect(q({ now: next, reason: 'Забыла поставить' })).toEqual({ ok: false, reason: 'dayPassed' });
  });

  it('gives written work (written, control and test marks) 10 days, other kinds the day only', () => {
    for (const markKind of markKinds) {
      const written = markKind === 'write' || markKind === 'control' || markKind === 'test';
      const tenth = q({ kind: 'mark', markKind, now: bishkek('2025-10-16T23:59') });
      const eleventh = q({ kind: 'mark', markKind, now: bishkek('2025-10-17T00:00') });
      expect(tenth.ok, markKind).toBe(written);
      expect(eleventh, markKind).toEqual({ ok: false, reason: 'dayPassed' });
    }
  });

  it('gives a class teacher 7 days to excuse an absence', () => {
    expect(q({ kind: 'excuse', now: bishkek('2025-10-13T23:59') }).ok).toBe(true);
    expect(q({ kind: 'excuse', now: bishkek('2025-10-14T00:00') })).toEqual({ ok: false, reason: 'dayPassed' });
  });

  it('follows the configured hours', () => {
    const policy = { ...defaultEditPolicy, dayEndsAt: '18:00', homeworkEndsAt: '20:30' };
    expect(q({ policy, now: bishkek('2025-10-06T18:00') }).ok).toBe(true);
    expect(q({ policy, now: bishkek('2025-10-06T18:01') })).toEqual({ ok: false, reason: 'dayPassed' });
    expect(q({ policy, kind: 'homework', now: bishkek('2025-10-06T20:30') }).ok).toBe(true);
    expect(q({ policy, kind: 'homework', now: bishkek('2025-10-06T20:31') }).ok).toBe(false);
  });

  it('refuses a teacher what is not their own, whatever the time', () => {
    for (const kind of kinds) expect(q({ kind, isOwn: false }), kind).toEqual({ ok: false, reason: 'notOwn' });
  });

  it('lets lessons and homework be written in advance, but not marks or attendance', () => {
    const before = bishkek('2025-10-05T10:00');
    expect(q({ kind: 'lesson', now: before }).ok).toBe(true);
    expect(q({ kind: 'homework', now: before }).ok).toBe(true);
    for (const kind of ['mark', 'attendance', 'excuse'] as const) {
      expect(q({ kind, now: before }), kind).toEqual({ ok: false, reason: 'notYet' });
      expect(q({ kind, now: before, role: 'deputy', reason: 'Оңдоо себеби' }), kind).toEqual({
        ok: false,
        reason: 'notYet',
      });
    }
  });

  it('lets the deputy correct any lesson at any time, always with a reason of the minimum length', () => {
    const later = bishkek('2026-03-01T10:00');
    for (const kind of kinds) {
      for (const isOwn of [true, false]) {
        expect(q({ role: 'deputy', kind, isOwn, now: later, reason: 'Мугалимдин катасы' })).toEqual({
          ok: true,
          correction: true,
        });
        expect(q({ role: 'deputy', kind, isOwn, now: later })).toEqual({ ok: false, reason: 'reasonRequired' });
        expect(q({ role: 'deputy', kind, isOwn, reason: '  ok  ' })).toEqual({ ok: false, reason: 'reasonRequired' });
      }
    }
  });

  it('lets the director and the administrator change nothing', () => {
    for (const role of ['director', 'administrator'] as Role[]) {
      for (const kind of kinds) {
        expect(q({ role, kind, reason: 'Директордун буйругу' })).toEqual({ ok: false, reason: 'notAllowed' });
      }
    }
    expect(roles).toHaveLength(4);
  });
});

describe('the stored policy', () => {
  it('uses the defaults, then the setting over them, ignoring malformed fields', () => {
    const t = openTestApp();
    try {
      expect(readEditPolicy(t.db)).toEqual(defaultEditPolicy);
      t.db.sqlite
        .prepare(`insert into setting (key, value) values ('journal.editPolicy', ?)`)
        .run(JSON.stringify({ dayEndsAt: '19:00', writtenMarkDays: -3, homeworkEndsAt: '25:00' }));
      expect(readEditPolicy(t.db)).toEqual({ ...defaultEditPolicy, dayEndsAt: '19:00' });
    } finally {
      t.close();
    }
  });
});
