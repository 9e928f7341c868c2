import { openStore } from '../../../lib/store';

/** A fresh database per test (fake-indexeddb), named so parallel tests never meet. */
export const freshStore = () => openStore(`test-${crypto.randomUUID()}`);

export const pdf = (bytes = 1024) => ({ name: 'certificate.pdf', type: 'application/pdf', blob: new Blob([new Uint8Array(bytes).fill(7)], { type: 'application/pdf' }) });

export const ctCourse = (over: Record<string, unknown> = {}) => ({
  title: 'CT Dose Essentials',
  sponsor: 'Example CE',
  status: 'completed' as const,
  credits: 150,
  completedOn: '2025-05-01',
  approvalNumber: 'ABC12345678',
  distributionBasis: 'stated' as const,
  distribution: [{ discipline: 'CT' as const, category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 }],
  ...over,
});
