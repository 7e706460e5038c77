import type { FieldError } from '../connector/errors.js';

/**
 * Reads per-field messages from an error body. Understands the two common
 * shapes: RFC 9457 problem details with `invalid-params` (`name`/`pointer`,
 * `reason`) and `{ errors: [{ field, message }] }`.
 */
export function readFieldErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  const entries = Array.isArray(record['invalid-params'])
    ? record['invalid-params']
    : Array.isArray(record['errors'])
      ? record['errors']
      : [];
  const result: FieldError[] = [];
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    const field = firstString(e['pointer'], e['field'], e['name']);
    const message = firstString(e['reason'], e['message'], e['detail']);
    if (field && message) result.push({ field: field.startsWith('/') ? field : `/${field.replaceAll('.', '/')}`, message });
  }
  return result;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.length > 0);
}
