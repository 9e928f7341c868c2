import { browser } from 'wxt/browser';

/**
 * Options → About: which version this is, where the data lives, how to keep it, and how to report a
 * page that was read wrongly. The extension sends nothing itself, so a report is something the user
 * copies and sends; the privacy policy (docs/privacy.md) ships inside the package as privacy.txt.
 */
export function AboutSection() {
  return (
    <section class="card" id="about" aria-labelledby="about-h">
      <h2 id="about-h">About</h2>
      <p>
        CE Companion <span data-testid="about-version">{browser.runtime.getManifest().version}</span>.{' '}
        <a href="/privacy.txt" target="_blank" rel="noreferrer" data-testid="privacy-link">
          Privacy policy
        </a>
      </p>
      <h3>Where your data is kept</h3>
      <p>
        Only in this browser, on this computer: in the extension's own storage of this browser profile. No account, no server; the extension makes no network
        requests. Uninstalling it or clearing this profile deletes the data.
      </p>
      <h3>How to back up</h3>
      <p>
        <a href="#backup">Backup</a> → <em>Download backup</em> saves everything, certificates included, as one file. Keep it somewhere safe (and after each
        new certificate); <em>Restore a backup</em> brings it back here or into CE Companion in another browser.
      </p>
      <h3>A page that was read wrongly</h3>
      <p>Nothing is sent anywhere by the extension, so a report is what you copy. Copy:</p>
      <ul>
        <li>the page's address;</li>
        <li>what CE Companion showed (title, credits, category, credit distribution), or that it showed nothing;</li>
        <li>what the page says instead, in a sentence or two;</li>
        <li>this version number and your browser.</li>
      </ul>
      <p>and send it to the developers by opening an issue in the project's repository (no personal data is needed: leave out your credentials and courses).</p>
    </section>
  );
}
