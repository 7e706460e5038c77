/**
 * Ids derived from an application's idempotency key: the same key always
 * gives the same ids (attachment ids, keys of later requests), so even a
 * retry after a page reload announces and uploads the same attachments. The
 * idempotency key is random and never leaves the browser except as the
 * creation request's `Idempotency-Key`; the derived ids do not reveal it
 * (SHA-256). Shaped like a version-4 UUID, as FIT-Connect expects ids.
 */
export async function derivedId(key: string, purpose: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${key}\n${purpose}`)));
  const bytes = digest.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
