/**
 * Starts loading a part of the connector that only some pages need: the
 * status reading (a form page never looks up a status) or the sending (a
 * status page never sends). Called before the request the part serves, so
 * both download at once. A failed download rejects as a `network` error,
 * which widgets offer to retry.
 */
import { OzgError } from '../../src/connector/errors.js';

export function loadPart<T>(load: () => Promise<T>, what: string): Promise<T> {
  const loading = load().catch((error: unknown) => {
    throw new OzgError('network', `The ${what} could not be loaded`, { cause: error });
  });
  // A caller that fails before it awaits the part must not leave an unhandled rejection.
  loading.catch(() => undefined);
  return loading;
}
