import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules';
import { course, CT_SEVEN, ctSafety, input } from './make';

const TODAY = '2026-11-25';
// CT earned 2016-06-15: CQR window 2023-06-15 … 2026-06-14 would have ended; use a later credential.
const CT = { discipline: 'CT' as const, earnedOn: '2017-08-01' };

describe('biennium credits', () => {
  it('counts completed courses inside the biennium only, exactly in hundredths', () => {
    const courses = [
      ...Array.from({ length: 40 }, () => course({ credits: 25, completedOn: '2025-06-01' })), // 40 × 0.25 = 10
      course({ credits: 150, completedOn: '2025-02-28' }), // before 2025-03-01
      course({ credits: 150, status: 'planned' }),
    ];
    const b = evaluate(input({ credentials: [CT], courses }), TODAY).biennium!;
    expect(b).toMatchObject({ start: '2025-03-01', end: '2027-02-28', required: 2400, earned: 1000, remaining: 1400, daysLeft: 95 });
  });

  it('R.R.A.s need 50 credits', () => {
    expect(evaluate(input({ credentials: [{ discipline: 'RRA', earnedOn: '2019-01-01' }] }), TODAY).biennium!.required).toBe(5000);
  });

  it('sonography holders need 16 sonography-related credits of the 24', () => {
    const courses = [course({ credits: 1000, disciplines: ['S'], completedOn: '2025-05-01' }), course({ credits: 1000, completedOn: '2025-05-02' })];
    const b = evaluate(input({ credentials: [{ discipline: 'S', earnedOn: '2009-01-01' }], courses }), TODAY).biennium!;
    expect(b.sonography).toEqual({ required: 1600, earned: 1000, remaining: 600 });
    // 24 credits of which 16 sonography-related: the sonography shortfall is what remains.
    expect(b.remaining).toBe(600);
  });

  it('counts the same activity once per biennium and never repeats home-study', () => {
    const courses = [
      course({ id: 'a1', fingerprint: 'lecture', credits: 100, format: 'live', completedOn: '2023-05-01' }),
      course({ id: 'a2', fingerprint: 'lecture', credits: 100, format: 'live', completedOn: '2025-05-01' }),
      course({ id: 'a3', fingerprint: 'lecture', credits: 100, format: 'live', completedOn: '2025-09-01' }),
      course({ id: 'h1', fingerprint: 'reading', credits: 200, format: 'home-study', completedOn: '2024-01-10' }),
      course({ id: 'h2', fingerprint: 'reading', credits: 200, format: 'home-study', completedOn: '2025-04-10' }),
    ];
    const b = evaluate(input({ courses }), TODAY).biennium!;
    expect(b.countedCourseIds).toEqual(['a2']);
    expect(b.excluded.map((e) => e.courseId).sort()).toEqual(['a3', 'h2']);
    expect(b.earned).toBe(100);
  });

  it('caps applications training at 8 and ACLS/PALS at 6 credits once', () => {
    const courses = [
      course({ credits: 500, activityType: 'applications-training', completedOn: '2025-04-01' }),
      course({ credits: 500, activityType: 'applications-training', completedOn: '2025-05-01' }),
      course({ credits: 800, activityType: 'acls-pals', completedOn: '2025-06-01' }),
      course({ credits: 400, activityType: 'acls-pals', completedOn: '2025-07-01' }),
    ];
    expect(evaluate(input({ courses }), TODAY).biennium!.earned).toBe(800 + 600);
  });
});

describe('CQR prescription', () => {
  const rx = { items: CT_SEVEN, issuedOn: '2025-01-10' };

  it('the seven CT subcategories of the reference: remaining per subcategory, category and credential', () => {
    const courses = [ctSafety(150, { completedOn: '2025-02-01' }), ctSafety(100, { completedOn: '2024-12-01' })];
    const p = evaluate(input({ credentials: [CT], prescriptions: [rx], courses }), TODAY).credentials[0]!.prescription!;
    expect(p.required).toBe(700);
    expect(p.categories.map((c) => c.category)).toEqual(['Patient Care', 'Safety', 'Image Production', 'Procedures']);
    const safety = p.categories[1]!;
    // The 2024-12 course predates the prescription: it does not count.
    expect(safety.subcategories[0]).toMatchObject({ subcategory: 'Radiation Safety and Dose', required: 200, earned: 150, remaining: 50, done: false });
    expect(p.remaining).toBe(550);
  });

  it('a split distribution fills two subcategories; surplus never spills into another', () => {
    const split = course({
      credits: 300,
      completedOn: '2025-03-01',
      distributionBasis: 'stated',
      distribution: [
        { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 250 },
        { discipline: 'CT', category: 'Image Production', subcategory: 'Image Formation', credits: 50 },
      ],
    });
    const p = evaluate(input({ credentials: [CT], prescriptions: [rx], courses: [split] }), TODAY).credentials[0]!.prescription!;
    expect(p.categories[1]!.subcategories[0]).toMatchObject({ earned: 250, remaining: 0, done: true });
    expect(p.categories[1]!).toMatchObject({ earned: 200, remaining: 0 });
    expect(p.categories[2]!.subcategories[0]).toMatchObject({ earned: 50, remaining: 100 });
    expect(p.earned).toBe(250);
  });

  it('one course serves CT and MR prescriptions and the biennium at once', () => {
    const shared = course({
      credits: 200,
      completedOn: '2025-05-05',
      distributionBasis: 'stated',
      distribution: [
        { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 },
        { discipline: 'MR', category: 'Safety', subcategory: 'MR Screening and Safety', credits: 100 },
      ],
    });
    const ev = evaluate(
      input({
        credentials: [CT, { discipline: 'MR', earnedOn: '2018-02-01' }],
        prescriptions: [rx, { credentialId: 'cred1', issuedOn: '2025-04-01', items: [{ category: 'Safety', subcategory: 'MR Screening and Safety', credits: 100 }] }],
        courses: [shared],
      }),
      TODAY,
    );
    expect(ev.credentials[0]!.prescription!.categories[1]!.earned).toBe(100);
    expect(ev.credentials[1]!.prescription!).toMatchObject({ earned: 100, remaining: 0 });
    expect(ev.biennium!.earned).toBe(200);
  });

  it('estimated distributions and applications training since 2024 never count toward CQR', () => {
    const courses = [
      ctSafety(100, { completedOn: '2025-03-01', distributionBasis: 'estimated' }),
      ctSafety(100, { completedOn: '2025-03-02', activityType: 'applications-training' }),
    ];
    const ev = evaluate(input({ credentials: [CT], prescriptions: [rx], courses }), TODAY);
    expect(ev.credentials[0]!.prescription!.earned).toBe(0);
    expect(ev.biennium!.earned).toBe(200);
  });

  it('lists the CQR submit-by date and the biennium end as deadlines, nearest first', () => {
    const ev = evaluate(input({ credentials: [CT], prescriptions: [rx] }), TODAY);
    expect(ev.deadlines.map((d) => [d.kind, d.date, d.remaining])).toEqual([
      ['biennium-end', '2027-02-28', 2400],
      ['annual-renewal', '2027-03-31', null],
      ['cqr-submit-by', '2027-07-17', 700],
    ]);
  });
});

describe('structured education', () => {
  it('needs 16 credits and 1 in each major category within 24 months', () => {
    const dist = (category: string, credits: number) => course({ credits, completedOn: '2026-01-01', distributionBasis: 'stated', distribution: [{ discipline: 'CT', category, credits }] });
    const courses = [dist('Safety', 1000), dist('Patient Care', 300), dist('Image Production', 300), course({ credits: 500, completedOn: '2024-06-01', distributionBasis: 'stated', distribution: [{ discipline: 'CT', category: 'Procedures', credits: 500 }] })];
    const s = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: null, status: 'pursuing', applyBy: '2026-12-31' }], courses }), TODAY).credentials[0]!.structured!;
    expect(s).toMatchObject({ windowStart: '2025-01-01', windowEnd: '2026-12-31', earned: 1600, remaining: 100 });
    expect(s.categories.find((c) => c.category === 'Procedures')).toEqual({ category: 'Procedures', earned: 0, met: false });
  });
});
