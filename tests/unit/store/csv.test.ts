import { describe, expect, it } from 'vitest';
import { Course } from '../../../lib/rules';
import { completedCoursesCsv } from '../../../lib/store';

describe('CSV of completed CE', () => {
  it('lists completed courses only, in date order, quoting and defusing page text', () => {
    const c = (over: Partial<Course>) => Course.parse({ id: String(Math.random()), fingerprint: String(Math.random()), title: 'T', status: 'completed', credits: 150, updatedAt: 0, ...over });
    const csv = completedCoursesCsv([
      c({ title: '=HYPERLINK("x")', completedOn: '2025-05-02' }),
      c({ title: 'Dose, "low"', completedOn: '2025-05-01', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 }] }),
      c({ title: 'Planned', status: 'planned' }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Completed on,Title,Sponsor,Credits,Category,Approval number,Approved by,Distribution,URL',
      '2025-05-01,"Dose, ""low""",,1.5,,,,CT Safety / Radiation Safety and Dose: 0.5,',
      `2025-05-02,"'=HYPERLINK(""x"")",,1.5,,,,,`,
      '',
    ]);
  });
});
