/**
 * `anzahl` ("1:1", "0:1", "1:*", "0:n", "2:5") of an element in its parent.
 */
import type { Multiplicity } from './model.js';

const ANZAHL = /^\s*(\d+)\s*:\s*(\d+|\*|n)\s*$/i;

/** `undefined` when the text is missing or not `min:max` with min ≤ max. */
export function parseMultiplicity(text: string | undefined): Multiplicity | undefined {
  const match = text === undefined ? null : ANZAHL.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === '*' || match[2]!.toLowerCase() === 'n' ? undefined : Number(match[2]);
  if (max !== undefined && max < min) return undefined;
  return { min, max };
}

/** More than one occurrence allowed: the data holds an array. */
export function isRepeated(multiplicity: Multiplicity): boolean {
  return multiplicity.max === undefined || multiplicity.max > 1;
}

export function isRequired(multiplicity: Multiplicity): boolean {
  return multiplicity.min >= 1;
}
