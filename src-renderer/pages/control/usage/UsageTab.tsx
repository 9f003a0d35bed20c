import type { SessionUser } from '../../../../src-main/api/contract';
import { JournalWorkSection } from './JournalWorkSection';
import { UsageSection } from './UsageSection';
import '../completion/completion.css';

/** Monitoring the journal's use; the monthly report for those who read reports (not the administrator). */
export function UsageTab({ user }: { user: SessionUser }) {
  return (
    <>
      <UsageSection />
      {user.permissions.includes('reports.read') ? <JournalWorkSection user={user} /> : null}
    </>
  );
}
