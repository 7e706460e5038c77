/**
 * The citizen's reference for a FIT-Connect application: the case id
 * (`caseId`) the delivery service gave the case, printed on the receipt. It
 * is a UUID — 32 hexadecimal digits, shown in the usual groups
 * `8-4-4-4-12`, e.g. `c9f0db91-9355-451a-b2a5-7a9be10ce765`.
 *
 * People type it from paper: in capitals, with spaces instead of dashes,
 * without any dashes, or with an O for a 0. Hexadecimal has no O, I or L, so
 * those can only be mistyped 0s and 1s.
 */
import type { ReferenceFormat } from '../../src/connector/contract.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Dashes of every kind (hyphen, en dash, minus …) and white space people put between groups. */
const SEPARATORS = /[\s\u00AD\u2010-\u2015\u2212-]+/g;

/** The canonical case id (lower case, grouped) or, when it cannot be one, the tidied input. */
export function normalizeCaseId(input: string): string {
  const tidied = input
    .trim()
    .toLowerCase()
    .replace(/^(urn:uuid:|case:)/, '')
    .replace(/^\{(.*)\}$/, '$1')
    .replace(SEPARATORS, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (!/^[0-9a-f]{32}$/.test(tidied)) return tidied;
  return `${tidied.slice(0, 8)}-${tidied.slice(8, 12)}-${tidied.slice(12, 16)}-${tidied.slice(16, 20)}-${tidied.slice(20)}`;
}

/** Whether `caseId` is a UUID in canonical form (and not the all-zero nil UUID). */
export function isCaseId(caseId: string): boolean {
  return UUID.test(caseId) && caseId !== '00000000-0000-0000-0000-000000000000';
}

/** Two case ids name the same case (the delivery service has written them in capitals too). */
export function sameCaseId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export const caseIdFormat: ReferenceFormat = {
  example: 'c9f0db91-9355-451a-b2a5-7a9be10ce765',
  normalize: normalizeCaseId,
  isValid: isCaseId,
};
