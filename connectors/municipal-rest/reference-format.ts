/**
 * The {@link ReferenceFormat} of the recommended reference numbers
 * `<PREFIX>-YYYY-NNNNNN-C` (reference.ts) for one city's prefix: what the
 * status tracker uses to correct what citizens type and to refuse numbers
 * that cannot exist before any request.
 *
 * People copy numbers from paper receipts, e-mails and PDFs, so
 * `normalize` forgives what gets lost or changed on the way: case, spaces,
 * missing, doubled or typographic dashes (– — −), full-width digits, the
 * letters O and I/l/| where only digits can stand, and a left-out prefix.
 * It only rewrites input that has exactly the shape of a reference (the
 * prefix or nothing, then eleven digit-like characters); anything else is
 * merely tidied, so it is never turned into some other valid number.
 */
import type { ReferenceFormat } from '../../src/index.js';
import { formatReference, hasValidMod11_10CheckDigit } from './reference.js';

/** Whitespace, soft hyphen, hyphens and dashes of every kind, the minus sign, underscore, dot and slash. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212_./-]/gu;
/** Dash-like characters a tidied (not rewritten) input keeps as `-`. */
const DASHES = /\s*[\u2010-\u2015\u2212-]+\s*/gu;
/** Characters people type for a digit, and the digit they meant. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', '|': '1' };
/** Year, serial and check digit. */
const DIGITS = 11;

/**
 * The format for `prefix` (1–8 capital letters, e.g. `MS`).
 * `example` is a number of the current year, e.g. `MS-2026-000123-7`.
 */
export function recommendedReferenceFormat(prefix: string): ReferenceFormat {
  if (!/^[A-Z]{1,8}$/.test(prefix)) throw new RangeError(`A reference prefix is 1 to 8 capital letters, not "${prefix}"`);
  const canonical = new RegExp(`^${prefix}-(\\d{4})-(\\d{6})-(\\d)$`);
  const normalize = (input: string) => normalizeReference(input, prefix);
  return {
    example: formatReference({ prefix, year: new Date().getFullYear(), serial: 123 }),
    normalize,
    isValid(reference) {
      const match = canonical.exec(normalize(reference));
      if (!match) return false;
      const [, year, serial, check] = match as unknown as [string, string, string, string];
      return Number(serial) > 0 && hasValidMod11_10CheckDigit(`${year}${serial}${check}`);
    },
  };
}

/**
 * The canonical `PREFIX-YYYY-NNNNNN-C` of what was typed, when it has the
 * shape of one; otherwise the input trimmed, upper-cased, with dashes tidied.
 * Idempotent. A reference with another prefix keeps it (and is not valid).
 */
export function normalizeReference(input: string, prefix: string): string {
  // NFKC turns full-width digits and letters (from Asian input methods) into ASCII.
  const text = input.normalize('NFKC').trim().toUpperCase();
  const compact = text.replace(SEPARATORS, '');
  const head = compact.slice(0, -DIGITS);
  const tail = compact.slice(-DIGITS);
  if (compact.length >= DIGITS && /^[A-Z]{0,8}$/.test(head) && /^[0-9OIL|]+$/.test(tail)) {
    const digits = [...tail].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
    return `${head || prefix}-${digits.slice(0, 4)}-${digits.slice(4, 10)}-${digits.slice(10)}`;
  }
  return text.replace(/\u00ad/gu, '').replace(DASHES, '-').replace(/\s+/gu, ' ');
}
