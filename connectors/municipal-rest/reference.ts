/**
 * Reference numbers (Aktenzeichen) in the format the municipal-rest contract
 * recommends: `<PREFIX>-YYYY-NNNNNN-C`, e.g. `MS-2026-000123-7` —
 * a city prefix, the year of receipt, a six-digit serial number within that
 * year, and one check digit over the ten digits of year and serial by
 * ISO/IEC 7064 MOD 11-10 (the pure system German registers use, e.g. for the
 * Steuer-ID). The check digit catches every single mistyped digit and about
 * 98 % of swaps of two neighbouring digits, so a status lookup can tell the
 * citizen "please check the number" before asking the backend.
 *
 * Pure functions, no dependencies: the demo backend makes numbers with them,
 * tests check them, and a widget may copy the idea to validate input.
 */

/** `PREFIX-YYYY-NNNNNN-C`; the prefix is 1–8 capital letters. */
const FORMAT = /^([A-Z]{1,8})-(\d{4})-(\d{6})-(\d)$/;

/** The ISO/IEC 7064 MOD 11-10 check digit of a string of decimal digits. */
export function mod11_10CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError(`Only digits have a MOD 11-10 check digit, not "${digits}"`);
  let product = 10;
  for (const char of digits) {
    let sum = (product + Number(char)) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10;
}

/** Whether `digits` ends in its correct MOD 11-10 check digit. */
export function hasValidMod11_10CheckDigit(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && mod11_10CheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

export interface ReferenceParts {
  prefix: string;
  year: number;
  /** 1 to 999999. */
  serial: number;
}

/** Makes the reference number, e.g. `formatReference({ prefix: 'MS', year: 2026, serial: 123 })` → `MS-2026-000123-7`. */
export function formatReference({ prefix, year, serial }: ReferenceParts): string {
  if (!/^[A-Z]{1,8}$/.test(prefix)) throw new RangeError(`A reference prefix is 1 to 8 capital letters, not "${prefix}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`A reference year has four digits, not ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new RangeError(`A reference serial is 1 to 999999, not ${serial}`);
  const digits = `${year}${String(serial).padStart(6, '0')}`;
  return `${prefix}-${year}-${digits.slice(4)}-${mod11_10CheckDigit(digits)}`;
}

/**
 * Reads a reference number as a citizen may type it: case and spaces
 * around the dashes do not matter. `undefined` when the format or the check
 * digit is wrong.
 */
export function parseReference(text: string): ReferenceParts | undefined {
  const match = FORMAT.exec(text.trim().toUpperCase().replace(/\s*-\s*/g, '-'));
  if (!match) return undefined;
  const [, prefix, year, serial, check] = match as unknown as [string, string, string, string, string];
  if (!hasValidMod11_10CheckDigit(`${year}${serial}${check}`) || Number(serial) === 0) return undefined;
  return { prefix, year: Number(year), serial: Number(serial) };
}

/** Whether `text` is a well-formed reference number with the right check digit. */
export function isValidReference(text: string): boolean {
  return parseReference(text) !== undefined;
}
