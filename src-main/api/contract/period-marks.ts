/** Quarter, half-year, year, exam and final marks, and their proposal from the marks. */
export const periodMarkCalls = {};
