import type { z } from 'zod';
import type { Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { FieldIssue } from '../api/contract/errors';
import type { guardianCard, pupilCard } from '../api/contract/students';
import { findPupilByNameAndBirth, findPupilByPin, type GuardianFields, type PupilFields } from '../roster/pupils';
import { schoolDay } from '../calendar/school-day';

export type CardInput = z.output<typeof pupilCard>;
export type GuardianInput = z.output<typeof guardianCard>;

export function toPupilFields(card: CardInput): PupilFields {
  return {
    surname: card.surname,
    name: card.name,
    patronymic: card.patronymic ?? null,
    birthDate: card.birthDate ?? null,
    sex: card.sex ?? null,
    pin: card.pin ?? null,
    address: card.address ?? null,
  };
}

export function toGuardianFields(list: GuardianInput[]): GuardianFields[] {
  return list.map((g) => ({ fullName: g.fullName, relation: g.relation ?? null, phone: g.phone ?? null }));
}

/**
 * What the input schema cannot know: a birth date after today, a PIN another pupil has, and the
 * same child entered twice (same name and birth date, and no PIN to tell two children apart).
 * `self` is the pupil being edited, who may keep their own PIN.
 */
export function checkCard(db: Database, card: CardInput, now: Date, self: number | null): void {
  if (card.birthDate && card.birthDate > schoolDay(now)) {
    throw new ApiError('INVALID_INPUT', undefined, [{ path: 'card.birthDate', message: 'validation.birthInFuture' }]);
  }
  const issues: FieldIssue[] = [];
  if (card.pin) {
    const other = findPupilByPin(db, card.pin);
    if (other && other.id !== self) {
      issues.push({
        path: 'card.pin',
        message: 'validation.pinTaken',
        params: { name: `${other.surname} ${other.name}` },
      });
    }
  }
  const twin = findPupilByNameAndBirth(db, toPupilFields(card));
  if (twin && twin.id !== self && (!twin.pin || !card.pin)) {
    issues.push({ path: 'card.surname', message: 'validation.pupilExists' });
  }
  if (issues.length) throw new ApiError('CONFLICT', undefined, issues);
}
