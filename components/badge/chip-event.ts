/**
 * A catalog chip's frame tells the badge script that hosts it that its chip is painted (the
 * page-stated fallback beneath it can go) or that the user clicked it (the panel opens). Sent with
 * `tabs.sendMessage`, which extension pages can use and web pages cannot; nothing personal in it.
 */
export const CHIP_EVENT = 'ce-companion-chip';
export interface ChipEvent {
  type: typeof CHIP_EVENT;
  index: number;
  event: 'painted' | 'open';
}
export const isChipEvent = (m: unknown): m is ChipEvent => {
  const e = m as ChipEvent | null;
  return e?.type === CHIP_EVENT && Number.isInteger(e.index) && (e.event === 'painted' || e.event === 'open');
};
