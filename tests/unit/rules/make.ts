import { Course, Credential, Prescription, Profile, type CourseInput, type RulesInput } from '../../../lib/rules';

let next = 0;

export function course(fields: Partial<CourseInput> & Pick<CourseInput, 'credits'>): Course {
  const id = fields.id ?? `c${++next}`;
  return Course.parse({ id, fingerprint: fields.fingerprint ?? id, status: 'completed', title: `Course ${id}`, category: 'A', updatedAt: 0, ...fields });
}

export function ctSafety(credits: number, extra: Partial<CourseInput> = {}): Course {
  return course({
    credits,
    distributionBasis: 'stated',
    distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits }],
    ...extra,
  });
}

export function input(parts: {
  birthMonth?: number | null;
  startYear?: number | null;
  trackingSince?: string | null;
  credentials?: Partial<Credential>[];
  prescriptions?: Partial<Prescription>[];
  courses?: Course[];
}): RulesInput {
  return {
    profile: Profile.parse({ birthMonth: parts.birthMonth === undefined ? 3 : parts.birthMonth, bienniumStartYear: parts.startYear === undefined ? 2025 : parts.startYear, trackingSince: parts.trackingSince ?? null }),
    credentials: (parts.credentials ?? []).map((c, i) => Credential.parse({ id: `cred${i}`, discipline: 'CT', earnedOn: '2016-06-15', ...c })),
    prescriptions: (parts.prescriptions ?? []).map((p, i) => Prescription.parse({ id: `rx${i}`, credentialId: 'cred0', items: [], ...p })),
    courses: parts.courses ?? [],
    outlineOverrides: [],
  };
}

/** The seven CT subcategories of the reference prescription example (seed 000), with credits. */
export const CT_SEVEN = [
  { category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 100 },
  { category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 },
  { category: 'Image Production', subcategory: 'Image Formation', credits: 150 },
  { category: 'Image Production', subcategory: 'Image Evaluation and Archiving', credits: 50 },
  { category: 'Procedures', subcategory: 'Head, Spine, and Musculoskeletal', credits: 100 },
  { category: 'Procedures', subcategory: 'Neck and Chest', credits: 75 },
  { category: 'Procedures', subcategory: 'Abdomen and Pelvis', credits: 25 },
];
