import { setting } from '../../../src-main/db/schema';
import { studyWeeksKey } from '../../../src-main/plan/study-weeks';
import type { Samples } from './types';

/*
 * The study weeks are the part no other domain's samples depend on (the period-mark samples store
 * their own rules), so the save and the reset work on them. The reset first stores a value (on the
 * read of its input, so that a refused call adds nothing) and so has a row to delete.
 */
export const settingsSamples: Samples = ({ t }) => ({
  'settings.journalSave': { studyWeeks: { default: 35, byGrade: { '1': 33, '11': 32 } } },
  'settings.journalReset': {
    get part() {
      t.db.orm
        .insert(setting)
        .values({ key: studyWeeksKey, value: { default: 36, byGrade: {} } })
        .onConflictDoNothing()
        .run();
      return 'studyWeeks' as const;
    },
  },
});
