import { currentOutline } from '../../lib/outlines';
import { Course, Credential, Prescription, Profile, type RulesInput } from '../../lib/rules';
import { addDays } from '../../lib/units/dates';

/** A deterministic pseudo-random source so every benchmark run measures the same data. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const DISCIPLINES = ['CT', 'MR', 'R', 'M', 'N'] as const;

/** 5 credentials with a prescription each over their outline's subcategories, and `n` courses. */
export function scenario(n: number, { status = 'completed' as Course['status'], seed = 1 } = {}): RulesInput {
  const rnd = random(seed);
  const credentials = DISCIPLINES.map((discipline, i) => Credential.parse({ id: `cred-${discipline}`, discipline, earnedOn: `201${7 + (i % 3)}-0${1 + i}-15` }));
  const subs = DISCIPLINES.map((d) => (currentOutline(d)?.categories ?? []).flatMap((c) => c.subcategories.map((s) => ({ discipline: d, category: c.name, subcategory: s.name }))));
  const prescriptions = credentials.map((c, i) =>
    Prescription.parse({ id: `rx-${c.id}`, credentialId: c.id, issuedOn: '2024-01-01', items: subs[i]!.slice(0, 7).map((s) => ({ category: s.category, subcategory: s.subcategory, credits: 100 + 25 * (i % 3) })) }),
  );
  const courses = Array.from({ length: n }, (_, k) => {
    const credits = 25 * (1 + Math.floor(rnd() * 12));
    const d = Math.floor(rnd() * DISCIPLINES.length);
    const pick = subs[d]![Math.floor(rnd() * Math.max(1, subs[d]!.length))];
    return Course.parse({
      id: `course-${k}`,
      fingerprint: `fp-${k}`,
      status,
      title: `Course ${k}`,
      credits,
      // ARRT-approved (Category A): a course of unknown category counts toward no prescription (docs/arrt-rules.md).
      category: 'A',
      completedOn: status === 'completed' ? addDays('2016-01-01', Math.floor(rnd() * 3970)) : null,
      distributionBasis: 'stated',
      distribution: pick ? [{ ...pick, credits: Math.min(credits, 25 * (1 + Math.floor(rnd() * 4))) }] : [],
      updatedAt: k,
    });
  });
  return { profile: Profile.parse({ birthMonth: 3, bienniumStartYear: 2025 }), credentials, prescriptions, courses, outlineOverrides: [] };
}
