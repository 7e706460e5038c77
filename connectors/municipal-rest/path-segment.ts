/**
 * An id as one path segment of a request URL (`services/{id}`).
 */
import { OzgError } from '../../src/index.js';

/**
 * Percent-encodes `id`, so `/`, `?` or `#` in it stay inside the segment. An
 * id that is not well-formed Unicode (a lone surrogate, which JSON from a
 * backend can carry) cannot be encoded and can name no resource: that is a
 * typed `not-found`, sent nowhere, instead of a `URIError` the widgets
 * would show as an unexpected failure.
 */
export function pathSegment(id: string, what: string): string {
  try {
    return encodeURIComponent(id);
  } catch (error) {
    throw new OzgError('not-found', `The ${what} id is not well-formed Unicode and cannot name a resource; nothing was sent`, { cause: error });
  }
}
