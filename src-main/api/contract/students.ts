import { z } from 'zod';
import { call } from './define';
import { calendarDate, id, noInput, optionalText, personName } from './fields';

// ---------------------------------------------------------------------------------------------
// Fields

/** Counts only the digits: "+996 (555) 12-34-56" has 12. */
const phoneDigits = (text: string) => text.replace(/\D/g, '').length;

/**
 * A phone as people write it in Kyrgyzstan, checked loosely: digits, spaces, +, parentheses and
 * hyphens, with 9 (a local number) to 15 (the international maximum) digits.
 */
export const phone = z
  .string()
  .trim()
  .refine((v) => /^[\d\s+()-]+$/.test(v) && phoneDigits(v) >= 9 && phoneDigits(v) <= 15, 'validation.phone');

/** The 14-digit personal identification number (ПИН / ЖИН). */
export const pin = z
  .string()
  .trim()
  .regex(/^\d{14}$/, 'validation.pin');

export const sexes = ['m', 'f'] as const;
export type Sex = (typeof sexes)[number];

/** A pupil's card. Kyrgyz patronymics ("Бакыт уулу", "Бакыт кызы") go in `patronymic` as written. */
export const pupilCard = z
  .object({
    surname: personName,
    name: personName,
    patronymic: optionalText(80),
    /** Not in the future: the service checks it against its own clock. */
    birthDate: calendarDate.optional(),
    sex: z.enum(sexes).optional(),
    pin: pin.optional(),
    address: optionalText(300),
  })
  .strict();

export const guardianCard = z
  .object({
    fullName: z.string().trim().min(1).max(120),
    relation: optionalText(40),
    phone: phone.optional(),
  })
  .strict();

const guardians = z.array(guardianCard).max(6).default([]);

/** Details of an arrival in the movement book. */
const arrival = {
  arrivedFrom: optionalText(200),
  reason: optionalText(300),
  orderNo: optionalText(40),
};

// ---------------------------------------------------------------------------------------------
// Results

export interface ClassChoice {
  classId: number;
  /** "5-А" */
  name: string;
  grade: number;
  /** Pupils in the class today. */
  pupils: number;
  /** The caller is this class's class teacher (who may keep its list). */
  mine: boolean;
}

export interface PupilCard {
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: Sex | null;
  pin: string | null;
  address: string | null;
}

export interface GuardianRow {
  fullName: string;
  relation: string | null;
  phone: string | null;
}

export interface ClassListRow extends PupilCard {
  studentId: number;
  phones: string[];
  enrolledFrom: string;
  /** The last day in the class, when the pupil leaves or left it. */
  enrolledTo: string | null;
}

export interface ClassList {
  classId: number;
  className: string;
  onDate: string;
  pupils: ClassListRow[];
}

export const departureKinds = ['school', 'region', 'country'] as const;
export type DepartureKind = (typeof departureKinds)[number];

/** One line of the movement book as screens show it. */
export interface MovementLine {
  enrollmentId: number;
  classId: number;
  className: string;
  fromDate: string;
  /** The last day in the class; null while the pupil is in it. */
  toDate: string | null;
  arrivedFrom: string | null;
  arrivalReason: string | null;
  /** The arrival's order number. */
  orderNo: string | null;
  /** Set once the line is closed: another class of this school ('transfer'), or where the pupil went. */
  departure: {
    kind: DepartureKind | 'transfer' | null;
    place: string | null;
    reason: string | null;
    orderNo: string | null;
  } | null;
}

export interface PupilDetails {
  studentId: number;
  card: PupilCard;
  guardians: GuardianRow[];
  movement: MovementLine[];
  /** The class the pupil is in today, if any. */
  current: { classId: number; className: string; fromDate: string; mine: boolean } | null;
}

export type MovementKind = 'arrival' | 'departure' | 'transferIn' | 'transferOut';

export interface MovementReportLine {
  kind: MovementKind;
  date: string;
  studentId: number;
  fullName: string;
  sex: Sex | null;
  classId: number;
  className: string;
  /** Arrivals: where from; departures: where to; transfers: the other class. */
  place: string | null;
  destination: DepartureKind | null;
  orderNo: string | null;
  reason: string | null;
}

export interface SexCounts {
  m: number;
  f: number;
  /** Pupils whose card has no sex recorded. */
  unknown: number;
  total: number;
}

export interface MovementReport {
  from: string;
  to: string;
  byClass: {
    classId: number;
    className: string;
    arrived: SexCounts;
    left: SexCounts;
    transferredIn: number;
    transferredOut: number;
  }[];
  totals: { arrived: SexCounts; left: SexCounts };
  lines: MovementReportLine[];
}

// ---------------------------------------------------------------------------------------------
// Calls

const newPupil = z
  .object({
    classId: id,
    /** Left out: from the start of the class's school year (the list entered in September). */
    fromDate: calendarDate.optional(),
    card: pupilCard,
    guardians,
    ...arrival,
  })
  .strict();

const pupilEdit = z.object({ studentId: id, card: pupilCard, guardians }).strict();

/**
 * Two calls for each card write: `roster.manage` (deputy, administrator) for any class, and
 * `roster.manageOwnClass` for a class teacher's own class. One permission cannot say "deputy,
 * administrator or that class's teacher, never the director", so each call's access is exactly
 * who the router lets in, and the own-class variant checks the class inside.
 */
export const studentsCalls = {
  /** The current year's classes for the class picker, with today's number of pupils. */
  'students.classes': call<ClassChoice[]>()({ input: noInput, access: 'roster.read', mutates: false }),
  /**
   * A class's pupils on a date (default today), in Kyrgyz order. Every role reads every class: the
   * regulations give teachers their own classes, but a subject teacher teaches many and the lists
   * hold nothing the journal does not show anyway.
   */
  'students.list': call<ClassList>()({
    input: z.object({ classId: id, onDate: calendarDate.optional() }).strict(),
    access: 'roster.read',
    mutates: false,
  }),
  'students.get': call<PupilDetails>()({
    input: z.object({ studentId: id }).strict(),
    access: 'roster.read',
    mutates: false,
  }),
  /** The office adds to any class; a class teacher to their own class only. */
  'students.create': call<PupilDetails>()({
    input: newPupil,
    access: ['roster.manage', 'roster.manageOwnClass'],
    mutates: true,
  }),
  /** The office edits any card; a class teacher the cards of pupils in their own class today. */
  'students.update': call<PupilDetails>()({
    input: pupilEdit,
    access: ['roster.manage', 'roster.manageOwnClass'],
    mutates: true,
  }),

  // The movement book. Recorded by the office (deputy, administrator) against the director's
  // order; the class teacher reports arrivals and departures to them (000 §3.4.4).
  /** An existing pupil, enrolled nowhere on or after `date`, starts in a class. */
  'movement.enrol': call<PupilDetails>()({
    input: z.object({ studentId: id, classId: id, date: calendarDate, ...arrival }).strict(),
    access: 'roster.manage',
    mutates: true,
  }),
  /** From `date` in another class of the school: the old line ends the day before. */
  'movement.transfer': call<PupilDetails>()({
    input: z
      .object({
        studentId: id,
        toClassId: id,
        date: calendarDate,
        orderNo: optionalText(40),
        reason: optionalText(300),
      })
      .strict(),
    access: 'roster.manage',
    mutates: true,
  }),
  /** Leaves the school: `date` is the last day the pupil belongs to the class. */
  'movement.depart': call<PupilDetails>()({
    input: z
      .object({
        studentId: id,
        date: calendarDate,
        destination: z.enum(departureKinds),
        departedTo: z.string().trim().min(1).max(200),
        orderNo: z.string().trim().min(1).max(40),
        reason: z.string().trim().min(1).max(300),
      })
      .strict(),
    access: 'roster.manage',
    mutates: true,
  }),
  /** A pupil who left comes back, into a class from `date`. */
  'movement.return': call<PupilDetails>()({
    input: z.object({ studentId: id, classId: id, date: calendarDate, ...arrival }).strict(),
    access: 'roster.manage',
    mutates: true,
  }),
  /** Arrivals and departures in a period, by class and sex: what any role that reads lists may see. */
  'movement.report': call<MovementReport>()({
    input: z
      .object({ from: calendarDate, to: calendarDate })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'validation.periodOrder', path: ['to'] }),
    access: 'roster.read',
    mutates: false,
  }),
};
