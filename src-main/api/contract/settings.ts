/** The school's journal settings: the edit policy, the period-mark rules, the plan's study weeks. */
export const settingsCalls = {};
