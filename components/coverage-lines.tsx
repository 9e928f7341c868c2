import type { Coverage } from '../lib/rules';
import { formatCredits } from '../lib/units/credits';

/**
 * What a course would add, credential by credential, in ARRT's words. Shared by the in-page
 * panel and the popup so both say exactly the same thing.
 */
export function CoverageLines({ coverage }: { coverage: Coverage }) {
  const { biennium, credentials, estimated, alreadyCompleted, notCounted, categoryAssumed, probationAdds } = coverage;
  return (
    <ul class="cov">
      {notCounted ? <li class="warn">{notCounted}</li> : alreadyCompleted && <li>Already completed — it does not count again.</li>}
      {probationAdds > 0 && (
        <li>
          <strong>+{formatCredits(probationAdds)}</strong> toward your CE probation deficit (counted there first)
        </li>
      )}
      {credentials.flatMap((cp) =>
        cp.prescription.map((line) => (
          <li key={`${cp.credentialId}-${line.subcategory}`} data-testid="coverage-line">
            <strong>+{formatCredits(line.adds)}</strong> {cp.discipline} · {line.category} · {line.subcategory}
            <span class="muted"> — {formatCredits(line.remainingAfter)} left after</span>
          </li>
        )),
      )}
      {credentials.flatMap((cp) =>
        cp.structuredCategories.map((category) => (
          <li key={`${cp.credentialId}-s-${category}`}>
            {cp.discipline} structured education: {category}
          </li>
        )),
      )}
      {/* A course done before adds nothing to the biennium: "Already completed" says it all. */}
      {biennium && !(alreadyCompleted && biennium.adds === 0) && (
        <li>
          <strong>+{formatCredits(biennium.adds)}</strong> biennium credits
          <span class="muted"> — {formatCredits(biennium.remainingAfter)} of 24 left after</span>
        </li>
      )}
      {categoryAssumed && <li class="warn">The page does not name an ARRT category: these figures assume Category A. A saved course counts once you set its category.</li>}
      {estimated && <li class="warn">Credit distribution estimated from the title: check the sponsor's ARRT distribution before relying on it.</li>}
    </ul>
  );
}
