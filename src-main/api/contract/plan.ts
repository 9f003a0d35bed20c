/** The calendar-thematic plan (КТП): topics, hours check, import, copy, programme completion. */
export const planCalls = {};
