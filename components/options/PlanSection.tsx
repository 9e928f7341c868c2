import { webLink } from '../ui/web-link';
import { useState } from 'preact/hooks';
import { planCourses, type Plan, type PlanOptions, type RulesInput } from '../../lib/rules';
import { formatCredits } from '../../lib/units/credits';

const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/**
 * A plan from the courses the user saved as seen or planned: what it fills (each prescription's
 * open subcategories, and the biennium when asked), by fewest credits or lowest stated price, and
 * whether the search proved it is the smallest or stopped at the best it found.
 */
export function PlanSection({ input, today }: { input: RulesInput; today: string }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [biennium, setBiennium] = useState(false);
  const [by, setBy] = useState<NonNullable<PlanOptions['by']>>('credits');
  const byId = new Map(input.courses.map((c) => [c.id, c]));
  const saved = input.courses.filter((c) => c.status !== 'completed').length;
  const goal = `${biennium ? 'your prescriptions and the biennium' : 'your prescriptions'}, with the ${by === 'price' ? 'lowest stated price' : 'fewest credits'} (then the fewest courses)`;
  return (
    <section class="card" id="plan" aria-labelledby="plan-h">
      <h2 id="plan-h">Plan</h2>
      <p class="muted">
        Chooses among the {saved} course{saved === 1 ? '' : 's'} you saved as seen or planned. A course fills a prescribed subcategory only when its page states the distribution or you confirmed it.
      </p>
      <div class="row">
        <label>
          <span>
            <input type="checkbox" data-testid="plan-biennium" checked={biennium} onChange={(e) => setBiennium(e.currentTarget.checked)} /> Also fill the biennium’s remaining credits
          </span>
        </label>
        <label>
          Choose by
          <select data-testid="plan-by" value={by} onChange={(e) => setBy(e.currentTarget.value as typeof by)}>
            <option value="credits">Fewest credits</option>
            <option value="price">Lowest price (courses whose page states one)</option>
          </select>
        </label>
        <button type="button" data-testid="plan" onClick={() => setPlan(planCourses(input, today, { biennium, by }))}>
          Make a plan
        </button>
      </div>
      {plan && (
        <div data-testid="plan-result" role="status">
          {plan.courseIds.length === 0 ? (
            <p>{plan.coversAll ? 'Nothing left to plan: everything asked for is covered.' : 'None of your saved courses fills an open gap.'}</p>
          ) : (
            <>
              <p data-testid="plan-summary">
                {plan.optimal && plan.coversAll ? 'The smallest plan' : plan.coversAll ? 'A plan (the search stopped before proving it is the smallest)' : 'The closest plan (it cannot fill everything)'} for {goal}:{' '}
                {plan.courseIds.length} course{plan.courseIds.length === 1 ? '' : 's'}, {formatCredits(plan.totalCredits)} credits{plan.totalCents !== null ? `, ${money(plan.totalCents)}` : ''}.
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
                      — {formatCredits(c.credits)} credits{c.price ? `, ${c.price}` : ''}
                    </li>
                  ) : null;
                })}
              </ol>
            </>
          )}
          {plan.uncovered.length > 0 && (
            <p class="warn">Still uncovered: {plan.uncovered.map((u) => `${u.subcategory} ${formatCredits(u.remaining)}`).join(' · ')}. Look for courses with these subcategories.</p>
          )}
          {plan.bienniumUncovered > 0 && <p class="warn">The biennium still needs {formatCredits(plan.bienniumUncovered)} credits beyond this plan.</p>}
        </div>
      )}
    </section>
  );
}
