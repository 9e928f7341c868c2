import { webLink } from '../ui/web-link';
import { useState } from 'preact/hooks';
import { planCourses, type Plan, type RulesInput } from '../../lib/rules';
import { formatCredits } from '../../lib/units/credits';

/** The fewest credits (then fewest courses) among seen and planned courses that fill every open gap. */
export function PlanSection({ input, today }: { input: RulesInput; today: string }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const byId = new Map(input.courses.map((c) => [c.id, c]));
  return (
    <section class="card" id="plan" aria-labelledby="plan-h">
      <h2 id="plan-h">Plan</h2>
      <p class="muted">From the courses you saved as seen or planned (with a stated or confirmed distribution).</p>
      <button type="button" data-testid="plan" onClick={() => setPlan(planCourses(input, today))}>
        Find the smallest plan
      </button>
      {plan && (
        <div data-testid="plan-result">
          {plan.courseIds.length === 0 ? (
            <p>{plan.uncovered.length ? 'None of your saved courses covers an open gap.' : 'Nothing left to plan: your prescriptions are covered.'}</p>
          ) : (
            <>
              <p>
                {plan.courseIds.length} course{plan.courseIds.length === 1 ? '' : 's'}, {formatCredits(plan.totalCredits)} credits{plan.optimal ? '' : ' (best found; may not be the smallest)'}:
              </p>
              <ol>
                {plan.courseIds.map((id) => {
                  const c = byId.get(id);
                  return c ? (
                    <li key={id}>
                      {webLink(c.url) ? (
                        <a href={webLink(c.url)!} target="_blank" rel="noopener noreferrer">
                          {c.title}
                        </a>
                      ) : (
                        c.title
                      )}{' '}
                      — {formatCredits(c.credits)} credits
                    </li>
                  ) : null;
                })}
              </ol>
            </>
          )}
          {plan.uncovered.length > 0 && (
            <p class="warn">Still uncovered: {plan.uncovered.map((u) => `${u.subcategory} ${formatCredits(u.remaining)}`).join(' · ')}. Look for courses with these subcategories.</p>
          )}
        </div>
      )}
    </section>
  );
}
