/**
 * Runs `task` for every item with at most `limit` running at once, in order
 * of the items; resolves with the results in that order. The first failure
 * aborts the tasks still running (through the signal each task gets) and
 * becomes the rejection; so does an abort of `signal`.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, signal: AbortSignal) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  signal?.throwIfAborted();
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !stop.signal.aborted) {
      const index = next++;
      try {
        results[index] = await task(items[index]!, stop.signal);
      } catch (error) {
        // The first error wins; the aborts it causes in the others do not replace it.
        failure ??= { error: signal?.aborted ? signal.reason : error };
        stop.abort(failure.error);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (failure) throw failure.error;
  signal?.throwIfAborted();
  return results;
}
