import raw from './shipped-outlines.json' with { type: 'json' };
import type { Confidence, DisciplineId, Outline } from './schema';

/**
 * The outlines we ship: shipped-outlines.json, the outlines as we collected them, copied
 * verbatim, each entry with its own provenance, confidence and sources.
 * Only entries with confidence `names-arrt` are ARRT-confirmed; the UI says so for the rest.
 * Not parsed with zod at load (that would put zod into the content script); the unit test
 * tests/unit/outlines/shipped.test.ts checks every entry against the `Outline` schema.
 */
const current: Outline[] = raw.outlines.map((o) => ({
  discipline: o.id as DisciplineId,
  name: o.name,
  // The effective year names the version; undated entries are the current outline as collected.
  version: o.effective?.slice(0, 4) ?? 'current',
  effective: o.effective,
  confidence: o.confidence as Confidence,
  provenance: o.provenance,
  sources: o.sources,
  categories: o.categories,
  superseded: false,
}));

/**
 * CT structured education, 2016 version: superseded, kept so pages written for it
 * ("Radiation Safety and Dosimetry", "Physics and Instrumentation", …) can still be read.
 * Source: docs/arrt-rules.md, Structured education ("[ARRT document copy] studylib.net/doc/13798315").
 */
const ct2016: Outline = {
  discipline: 'CT',
  name: 'Computed Tomography',
  version: '2016',
  effective: '2016-01-01',
  confidence: 'old',
  provenance: 'OLD version: ARRT CT structured education requirements, 2016 (document copy)',
  sources: ['studylib.net/doc/13798315'],
  superseded: true,
  categories: [
    { name: 'Patient Care', subcategories: [{ name: 'Patient Interactions and Management' }, { name: 'Contrast Administration' }] },
    { name: 'Safety', subcategories: [{ name: 'Radiation Safety and Dosimetry' }] },
    { name: 'Image Production', subcategories: [{ name: 'Physics and Instrumentation' }] },
    { name: 'Procedures', subcategories: [{ name: 'Neuro' }, { name: 'Body' }, { name: 'Musculoskeletal' }] },
  ],
};

export const SHIPPED_OUTLINES: readonly Outline[] = [...current, ct2016];
