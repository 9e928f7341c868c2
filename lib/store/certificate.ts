import { z } from 'zod';
import { CERTIFICATE_TYPES, MAX_CERTIFICATE_BYTES } from './limits';

export { CERTIFICATE_TYPES, MAX_CERTIFICATE_BYTES };

export const CertificateMeta = z.object({
  id: z.string().min(1).max(100),
  courseId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(300),
  type: z.string().regex(CERTIFICATE_TYPES, 'a certificate must be a PDF or an image'),
  size: z.number().int().min(0).max(MAX_CERTIFICATE_BYTES),
  /** Milliseconds since epoch; bookkeeping only. */
  addedAt: z.number().int().nonnegative(),
});
export type CertificateMeta = z.infer<typeof CertificateMeta>;
export type Certificate = CertificateMeta & { blob: Blob };

/** A file the user picked, before it gets an id. */
export interface CertificateInput {
  name: string;
  type: string;
  blob: Blob;
}
