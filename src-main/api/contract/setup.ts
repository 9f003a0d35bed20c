import { z } from 'zod';
import { call } from './define';
import { login, noInput, optionalText, password, personName } from './fields';

export interface SetupStatus {
  needsSetup: boolean;
  school: { nameKy: string; nameRu: string } | null;
}

export const setupInput = z
  .object({
    schoolNameKy: z.string().trim().min(2).max(200),
    schoolNameRu: z.string().trim().min(2).max(200),
    admin: z
      .object({
        surname: personName,
        name: personName,
        patronymic: optionalText(80),
        login,
        password,
      })
      .strict(),
    /** Fill the new school with the demo classes, pupils, teachers and a quarter of marks. */
    demo: z.boolean().default(false),
  })
  .strict();

/** What set-up made: the status, and the demo school's sign-ins when it was asked for. */
export interface SetupResult extends SetupStatus {
  demo: { logins: string[]; password: string } | null;
}

export const setupCalls = {
  'setup.status': call<SetupStatus>()({ input: noInput, access: 'public', mutates: false }),
  /** Allowed only while the database has no school; refused with SETUP_ALREADY_DONE after. */
  'setup.create': call<SetupResult>()({ input: setupInput, access: 'public', mutates: true }),
};
