import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SPONSORS } from '../../lib/extract/sponsors';
import { onHosts, type Sponsor } from '../../lib/extract/sponsors/sponsor';
import { toHundredths } from '../../lib/units/credits';

/**
 * What the popup offers on a tab where no course was recognized: "Always check <site>" on a
 * sponsor site the user has not granted yet (issue #14: new sponsors are optional hosts), and,
 * once "Check this page" found nothing, the page's course by hand, prefilled with what the tab
 * says (its title and address), so a user is never stuck.
 */
export function PageFallback({ checked, today }: { checked: boolean; today: string }) {
  const [tab, setTab] = useState<{ title: string; url: string } | null>(null);
  const [sponsor, setSponsor] = useState<Sponsor | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([t]) => {
      if (!t?.url || !/^https?:/.test(t.url)) return;
      setTab({ title: t.title ?? '', url: t.url });
      const site = SPONSORS.find((s) => s.optional && onHosts(s.hosts, new URL(t.url!)));
      if (site && !(await browser.permissions.contains({ origins: [...site.hosts] }))) setSponsor(site);
    });
  }, []);

  async function allow(site: Sponsor) {
    // Must run in the click's user gesture: no await before it.
    const granted = await browser.permissions.request({ origins: [...site.hosts] });
    setMessage(granted ? `${site.name} pages are checked from now on.` : null);
    if (granted) setSponsor(null);
  }

  return (
    <>
      {sponsor && (
        <button type="button" class="secondary" onClick={() => void allow(sponsor)}>
          Always check {sponsor.name}
        </button>
      )}
      {checked && tab && <ByHand tab={tab} today={today} onDone={setMessage} />}
      {message && <p role="status">{message}</p>}
    </>
  );
}

function ByHand({ tab, today, onDone }: { tab: { title: string; url: string }; today: string; onDone: (m: string) => void }) {
  const [title, setTitle] = useState(tab.title.split(/\s+[|–—-]\s+/)[0]!.slice(0, 500));
  const [credits, setCredits] = useState('');

  async function save(status: 'planned' | 'completed') {
    const n = Number(credits);
    if (!title.trim() || !Number.isFinite(n) || n <= 0 || n > 100) return onDone('Enter the title and the credits (e.g. 1.5).');
    // Written by the popup itself, as the options page adds a course by hand: the worker's save takes
    // only courses it found on the tab, and none was found here.
    try {
      // Loaded on demand: the popup's first paint reads no store and loads no zod.
      const { mutate } = await import('../data/use-data');
      await mutate((s) =>
        s.upsertCourseByFingerprint({
          title: title.trim(),
          sponsor: new URL(tab.url).hostname,
          url: tab.url.slice(0, 2000),
          approvalNumber: null,
          status,
          credits: toHundredths(n),
          completedOn: status === 'completed' ? today : null,
          category: null,
        }),
      );
      onDone(`Saved as ${status}.`);
    } catch (e) {
      onDone(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <details open>
      <summary>Add this page's course by hand</summary>
      <label>
        Title
        <input value={title} maxLength={500} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        Credits
        <input type="number" step={0.25} min={0.25} value={credits} onInput={(e) => setCredits(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="button" onClick={() => void save('completed')}>
          Completed today
        </button>
        <button type="button" class="secondary" onClick={() => void save('planned')}>
          Plan it
        </button>
      </div>
    </details>
  );
}
