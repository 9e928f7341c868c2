import { useState } from 'preact/hooks';
import { useData } from '../data/use-data';
import { AboutSection } from './AboutSection';
import { AuditReport } from './AuditReport';
import { BackupSection } from './BackupSection';
import { CoursesSection } from './CoursesSection';
import { CredentialsSection } from './CredentialsSection';
import { OutlineEditor } from './OutlineEditor';
import { PlanSection } from './PlanSection';
import { ProfileSection } from './ProfileSection';

/** The options page: set up once, keep every certificate, hand an auditor a clean record. */
export function Options() {
  const { data, error } = useData();
  const [audit, setAudit] = useState(false);
  if (error) return <main class="error">CE Companion could not read its data: {error}</main>;
  if (!data) return <main aria-busy="true" />;
  const { input, evaluation, store, today } = data;
  if (audit) return <AuditReport input={input} evaluation={evaluation} onClose={() => setAudit(false)} />;
  return (
    <main>
      <h1>CE Companion</h1>
      <nav aria-label="Sections" class="row no-print">
        {['profile', 'credentials', 'courses', 'plan', 'outlines', 'backup', 'about'].map((id) => (
          <a key={id} href={`#${id}`}>
            {id[0]!.toUpperCase() + id.slice(1)}
          </a>
        ))}
      </nav>
      {/* Keys reset each form when the stored data changes underneath it (another tab, a restore). */}
      <ProfileSection key={JSON.stringify(input.profile)} profile={input.profile} />
      <CredentialsSection input={input} />
      <CoursesSection input={input} evaluation={evaluation} />
      <PlanSection input={input} today={today} />
      <OutlineEditor input={input} />
      <BackupSection store={store} input={input} onAudit={() => setAudit(true)} />
      <AboutSection />
    </main>
  );
}
