/**
 * The size budgets of the scripts we put into a sponsor's page, gzipped, in KB (issue #15): the
 * reader and badge scripts the worker injects into pages that read as CE, and the detector, in
 * every page of a sponsor site, which carries only the first look at a page: 4 KB keeps the
 * reading out of it (components/badge/page-reader.ts). Checked by bundle-size.spec.ts, reported
 * by the benchmark.
 */
export const SCRIPT_BUDGETS_KB = { 'detector.js': 4, 'reader.js': 20, 'badge.js': 20 } as const;

/** All the scripts a catalog chip's frame loads (one frame per listing near the viewport). */
export const CHIP_FRAME_BUDGET_KB = 20;
