import { CHIP_EVENT } from '../../lib/messages/badge-events';
import type { ChipEvent } from '../../lib/messages/schema';

/** A chip frame's "painted"/"open", as the worker relays it to the badge script (lib/messages/badge-events.ts). */
export const isChipEvent = (m: unknown): m is ChipEvent => {
  const e = m as ChipEvent | null;
  return e?.type === CHIP_EVENT && Number.isInteger(e.index) && (e.event === 'painted' || e.event === 'open');
};
