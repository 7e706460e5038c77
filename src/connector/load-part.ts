/**
 * Starts loading a part of a connector that only some pages need, e.g. the
 * status reading (a form page never looks up a status) or the sending (a
 * status page never sends): `loadPart(() => import('./status-reading.js'), 'status reading')`.
 * Called as early as the part can be asked for, so it downloads while the
 * connector does what it can without it. A failed download rejects as a
 * `network` error, which widgets offer to retry.
 */
import { OzgError } from './errors.js';

export function loadPart<T>(load: () => Promise<T>, what: string): Promise<T> {
  const loading = load().catch((error: unknown) => {
    throw new OzgError('network', `The ${what} could not be loaded`, { cause: error });
  });
  // A caller that fails before it awaits the part must not leave an unhandled rejection.
  loading.catch(() => undefined);
  return loading;
}
