/** Channel every extension page and the worker listen on to refresh after a committed write. */
export const DATA_CHANNEL = 'ce-companion-data';

export function notifyDataChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(DATA_CHANNEL);
  channel.postMessage({ type: 'data-changed' });
  channel.close();
}
