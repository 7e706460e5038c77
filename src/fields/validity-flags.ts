/**
 * Which `ValidityState` flag each validation code sets, so scripts that read
 * `el.validity.valueMissing` etc. see what a native control would report.
 */
import type { ValidationCode } from '../forms/validation.js';

const FLAGS: Record<ValidationCode, keyof ValidityStateFlags> = {
  required: 'valueMissing',
  tooShort: 'tooShort',
  tooLong: 'tooLong',
  pattern: 'patternMismatch',
  notNumber: 'badInput',
  notInteger: 'stepMismatch',
  tooSmall: 'rangeUnderflow',
  tooBig: 'rangeOverflow',
  email: 'typeMismatch',
  phone: 'typeMismatch',
  date: 'badInput',
  dateTooEarly: 'rangeUnderflow',
  dateTooLate: 'rangeOverflow',
  iban: 'typeMismatch',
  postcode: 'typeMismatch',
  option: 'badInput',
  tooFewItems: 'rangeUnderflow',
  tooManyItems: 'rangeOverflow',
  fileTooBig: 'rangeOverflow',
  fileType: 'typeMismatch',
  tooManyFiles: 'rangeOverflow',
  rule: 'customError',
};

export function validityFlags(code: ValidationCode | 'custom'): ValidityStateFlags {
  return { [code === 'custom' ? 'customError' : FLAGS[code]]: true };
}
