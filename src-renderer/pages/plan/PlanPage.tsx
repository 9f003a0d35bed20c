import type { SessionUser } from '../../../src-main/api/contract';

/** Placeholder until the screen lands. */
export function PlanPage({ user }: { user: SessionUser }) {
  return <section aria-busy="true" data-user={user.userId} />;
}
