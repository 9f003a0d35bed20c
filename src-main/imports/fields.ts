import type { ImportField } from '../api/contract/imports';

export { importFields, type ImportField } from '../api/contract/imports';

/** Column → field; a column left out or set to null is ignored. */
export type ColumnMapping = Record<number, ImportField | null>;
