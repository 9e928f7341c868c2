/**
 * Resolves once `work` settles, however it ends, or after `ms`, whichever comes first: for a wait
 * that must not hang on what it waits for (a worker's check that cannot reach its store, a script
 * injection that never comes). The timer goes with it.
 */
export async function within(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([work.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
