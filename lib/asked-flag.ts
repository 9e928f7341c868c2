/**
 * The global the worker sets in the content-script world right before it injects the detector
 * for "Check this page", so the detector weighs the page with the lower threshold (lib/extract/evidence.ts).
 * A module that imports nothing: the detector, in every page of a sponsor site, would otherwise
 * load the sponsor list with it.
 */
export const ASKED_FLAG = 'ceCompanionAsked';
