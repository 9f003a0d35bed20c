/** The timetable of each class, with changes from a date. */
export const timetableCalls = {};
