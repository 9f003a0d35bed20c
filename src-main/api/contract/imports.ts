import { z } from 'zod';
import { call } from './define';
import { id, noInput } from './fields';

/** What a column of a class list can hold. `fullName` is split into surname, name and patronymic. */
export const importFields = [
  'fullName',
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'sex',
  'pin',
  'address',
  'className',
  'guardian',
  'phone',
] as const;
export type ImportField = (typeof importFields)[number];

/**
 * The file as base64. Browser mode takes request bodies up to 1 MiB, which holds a workbook of
 * several thousand pupils (about 130 bytes of base64 per pupil).
 */
export const maxImportBase64 = 1_000_000;

const fileInput = {
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .min(1)
    .max(maxImportBase64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.base64'),
  /** Column index (0-based) → field, or null to ignore the column; overrides the proposal. */
  mapping: z.record(z.string().regex(/^\d{1,3}$/), z.enum(importFields).nullable()).optional(),
  /** Only this sheet (by name); all sheets with a header row when left out. */
  sheet: z.string().max(100).optional(),
  /** The class of rows that name none, in a sheet whose name is no class. */
  defaultClass: z.string().trim().max(20).optional(),
};

export const importPreviewInput = z.object(fileInput).strict();
export const importApplyInput = z
  .object({
    ...fileInput,
    /** Import the valid rows and leave the others; otherwise any error writes nothing. */
    skipInvalid: z.boolean(),
    /** Create the classes the file names that the current year does not have yet. */
    createClasses: z.boolean(),
    /** Language of instruction of created classes (default Kyrgyz). */
    language: z.enum(['ky', 'ru']).optional(),
    /** Enrolment date of new pupils: default the year's first day, or today once the year has begun. */
    fromDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
      .optional(),
  })
  .strict();

export interface ImportColumn {
  index: number;
  header: string;
  field: ImportField | null;
}

export interface ImportSheet {
  name: string;
  /** 1-based, as Excel shows it; null when no row of the sheet looks like column headings. */
  headerRow: number | null;
  columns: ImportColumn[];
}

export interface ImportIssue {
  /** Translation key, `import.error.*`. */
  message: string;
  params: Record<string, string | number>;
}

export interface ImportPupil {
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: 'm' | 'f' | null;
  pin: string | null;
  address: string | null;
}

export type ImportOutcome = 'new' | 'update' | 'unchanged' | 'error';

export interface ImportRow {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** The class as the program writes it ("5-А"), or null when the row has none. */
  className: string | null;
  outcome: ImportOutcome;
  errors: ImportIssue[];
  pupil: ImportPupil;
}

export interface ImportPreview {
  format: 'xlsx' | 'csv';
  sheets: ImportSheet[];
  rows: ImportRow[];
  /** Classes the file names that the current year does not have: created only when asked. */
  newClasses: string[];
  counts: Record<ImportOutcome, number>;
}

export interface ImportResult {
  /** Pupils written: created plus updated. */
  students: number;
  created: number;
  updated: number;
  unchanged: number;
  createdClasses: string[];
  /** The rows left out (with skipInvalid). */
  errors: (ImportIssue & { sheet: string; row: number })[];
}

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export const importsCalls = {
  /** Reads the file and says what importing it would do; writes nothing. */
  'import.preview': call<ImportPreview>()({
    input: importPreviewInput,
    access: ['roster.manage', 'roster.manageOwnClass'],
    mutates: false,
  }),
  /**
   * Imports the class list in one transaction. Who may change which class is checked row by row:
   * `roster.manage` any class, `roster.manageOwnClass` the caller's own class only.
   */
  'import.apply': call<ImportResult>()({
    input: importApplyInput,
    access: ['roster.manage', 'roster.manageOwnClass'],
    mutates: true,
  }),
  /** An empty class list to fill in, with Kyrgyz and Russian headings. */
  'import.template': call<ImportFile>()({ input: noInput, access: 'roster.read', mutates: false }),
  /** A class's pupils as an .xlsx in the template's columns, in Kyrgyz alphabetical order. */
  'import.exportClass': call<ImportFile>()({
    input: z.object({ classId: id }).strict(),
    access: 'roster.read',
    mutates: false,
  }),
};
