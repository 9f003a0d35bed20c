import type { GuardianRow, PupilCard, Sex } from '../../../src-main/api/contract/students';
import { optional } from './manage';

/** The card as the form holds it: every field a string, "" for empty. */
export interface CardForm {
  surname: string;
  name: string;
  patronymic: string;
  birthDate: string;
  sex: '' | Sex;
  pin: string;
  address: string;
}

export interface GuardianForm {
  fullName: string;
  relation: string;
  phone: string;
}

export const emptyCard: CardForm = {
  surname: '',
  name: '',
  patronymic: '',
  birthDate: '',
  sex: '',
  pin: '',
  address: '',
};

export const emptyGuardian: GuardianForm = { fullName: '', relation: '', phone: '' };

export function cardForm(card: PupilCard): CardForm {
  return {
    surname: card.surname,
    name: card.name,
    patronymic: card.patronymic ?? '',
    birthDate: card.birthDate ?? '',
    sex: card.sex ?? '',
    pin: card.pin ?? '',
    address: card.address ?? '',
  };
}

export function guardianForms(list: GuardianRow[]): GuardianForm[] {
  return list.map((g) => ({ fullName: g.fullName, relation: g.relation ?? '', phone: g.phone ?? '' }));
}

/** The card for the API: empty fields left out; the API trims and checks the rest. */
export function cardInput(form: CardForm) {
  return {
    surname: form.surname,
    name: form.name,
    patronymic: optional(form.patronymic),
    birthDate: optional(form.birthDate),
    sex: form.sex === '' ? undefined : form.sex,
    pin: optional(form.pin),
    address: optional(form.address),
  };
}

/** Guardians with nothing typed in are dropped, not refused. */
export function guardiansInput(forms: GuardianForm[]) {
  return forms
    .filter((g) => g.fullName.trim() || g.phone.trim() || g.relation.trim())
    .map((g) => ({ fullName: g.fullName, relation: optional(g.relation), phone: optional(g.phone) }));
}
