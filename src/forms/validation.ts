/**
 * Checks one value against its constraints. Shared by the field components
 * (standalone in any form) and the application form (from the JSON Schema),
 * so a field says the same thing wherever it is used.
 */
import { isValidIban } from './iban.js';

export type ValidationCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'pattern'
  | 'notNumber'
  | 'notInteger'
  | 'tooSmall'
  | 'tooBig'
  | 'email'
  | 'phone'
  | 'date'
  | 'dateTooEarly'
  | 'dateTooLate'
  | 'iban'
  | 'postcode'
  | 'option'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'fileTooBig'
  | 'fileType'
  | 'tooManyFiles'
  | 'rule';

export interface ValidationError {
  code: ValidationCode;
  /** Values for the message, e.g. `{ min: 3 }`. */
  params?: Record<string, string | number>;
  /** A ready message (backend field errors, cross-field rules), shown instead of the code's text. */
  message?: string;
}

export interface Constraints {
  required?: boolean | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  /** A regular expression the whole value must match (JSON Schema `pattern`, anchored here). */
  pattern?: string | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  integer?: boolean | undefined;
  format?: 'email' | 'phone' | 'date' | 'iban' | 'postcode' | undefined;
  /** `YYYY-MM-DD` bounds for dates. */
  minDate?: string | undefined;
  maxDate?: string | undefined;
  /** Allowed values of a choice. */
  options?: readonly string[] | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** Digits, spaces, +, /, -, ( ) with 5 to 20 digits: "0721 133-0", "+49 (721) 1330". */
const PHONE = /^\+?[\d\s/().-]+$/;
const POSTCODE = /^\d{5}$/;

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Checks a text value (text, textarea, email, phone, IBAN, postcode, date as ISO string, choice). */
export function validateText(value: string, c: Constraints): ValidationError | undefined {
  const text = value.trim();
  if (text === '') return c.required ? { code: 'required' } : undefined;
  if (c.minLength !== undefined && text.length < c.minLength) return { code: 'tooShort', params: { min: c.minLength } };
  if (c.maxLength !== undefined && text.length > c.maxLength) return { code: 'tooLong', params: { max: c.maxLength } };
  switch (c.format) {
    case 'email':
      if (!EMAIL.test(text)) return { code: 'email' };
      break;
    case 'phone': {
      const digits = text.replace(/\D/g, '').length;
      if (!PHONE.test(text) || digits < 5 || digits > 20) return { code: 'phone' };
      break;
    }
    case 'iban':
      if (!isValidIban(text)) return { code: 'iban' };
      break;
    case 'postcode':
      if (!POSTCODE.test(text)) return { code: 'postcode' };
      break;
    case 'date': {
      const error = validateDate(text, c);
      if (error) return error;
      break;
    }
    case undefined:
      break;
  }
  if (c.options && !c.options.includes(text)) return { code: 'option' };
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text)) return { code: 'pattern' };
  return undefined;
}

/** Checks a number typed in German or English notation ("1.234,5" or "1234.5"). */
export function validateNumber(value: string, c: Constraints): ValidationError | undefined {
  if (value.trim() === '') return c.required ? { code: 'required' } : undefined;
  const number = parseLocaleNumber(value);
  if (number === undefined) return { code: 'notNumber' };
  if (c.integer && !Number.isInteger(number)) return { code: 'notInteger' };
  if (c.minimum !== undefined && number < c.minimum) return { code: 'tooSmall', params: { min: c.minimum } };
  if (c.maximum !== undefined && number > c.maximum) return { code: 'tooBig', params: { max: c.maximum } };
  return undefined;
}

/**
 * Reads "1.234,56", "1234,56", "1234.56" or "-3". A single separator with
 * three digits after it ("1.234") is read as thousands, as a German would mean it.
 */
export function parseLocaleNumber(value: string): number | undefined {
  const text = value.trim().replace(/\s/g, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  let normalized = text;
  if (text.includes(',')) normalized = text.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) normalized = text.replace(/\./g, '');
  if ((normalized.match(/[.,]/g) ?? []).length > 1) return undefined;
  const number = Number(normalized);
  return Number.isFinite(number) ? number : undefined;
}

/** Checks an ISO date `YYYY-MM-DD` for existence and bounds. */
export function validateDate(value: string, c: Constraints): ValidationError | undefined {
  if (value.trim() === '') return c.required ? { code: 'required' } : undefined;
  if (!isRealDate(value)) return { code: 'date' };
  if (c.minDate && value < c.minDate) return { code: 'dateTooEarly', params: { min: c.minDate } };
  if (c.maxDate && value > c.maxDate) return { code: 'dateTooLate', params: { max: c.maxDate } };
  return undefined;
}

/** True for an existing calendar date `YYYY-MM-DD` (no 31 April, 29 February only in leap years). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1800;
}

/** Checks how many values a multiple choice or repeatable group has. */
export function validateCount(count: number, c: Constraints): ValidationError | undefined {
  if (count === 0 && c.required) return { code: 'required' };
  if (c.minItems !== undefined && count < c.minItems) return { code: 'tooFewItems', params: { min: c.minItems } };
  if (c.maxItems !== undefined && count > c.maxItems) return { code: 'tooManyItems', params: { max: c.maxItems } };
  return undefined;
}

export interface FileConstraints {
  required?: boolean | undefined;
  /** Media types or extensions, as in `<input accept>`: `application/pdf`, `image/*`, `.pdf`. */
  accept?: readonly string[] | undefined;
  maxBytes?: number | undefined;
  maxFiles?: number | undefined;
}

/** Checks chosen files; the error names the first file that breaks a limit. */
export function validateFiles(files: readonly File[], c: FileConstraints): ValidationError | undefined {
  if (files.length === 0) return c.required ? { code: 'required' } : undefined;
  if (c.maxFiles !== undefined && files.length > c.maxFiles) return { code: 'tooManyFiles', params: { max: c.maxFiles } };
  for (const file of files) {
    if (c.accept?.length && !accepts(c.accept, file)) return { code: 'fileType', params: { name: file.name, types: c.accept.join(', ') } };
    if (c.maxBytes !== undefined && file.size > c.maxBytes) return { code: 'fileTooBig', params: { name: file.name, max: c.maxBytes } };
  }
  return undefined;
}

function accepts(accept: readonly string[], file: File): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const a = entry.trim().toLowerCase();
    if (a.startsWith('.')) return name.endsWith(a);
    if (a.endsWith('/*')) return type.startsWith(a.slice(0, -1));
    return type === a;
  });
}
