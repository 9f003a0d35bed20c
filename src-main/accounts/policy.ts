/** Account rules in one place. */
export const accountPolicy = {
  /** Failed sign-ins in a row that lock the account… */
  maxFailedAttempts: 5,
  /** …for this long. */
  lockMinutes: 15,
  /** A session unused this long ends. */
  idleMinutes: 120,
  /** A session ends this long after sign-in, however busy. */
  maxSessionHours: 12,
  /** Skip rewriting `last_seen_at` more often than this. */
  touchSeconds: 60,
  /** A temporary password not replaced within this many days stops working. */
  temporaryPasswordDays: 30,
} as const;

export const minutes = (n: number) => n * 60_000;
