/**
 * Evaluates visibility and rule conditions against the form data. A field
 * pointer with `*` refers to the item of the repeatable group being
 * evaluated (`indices`), so a condition inside an item looks at its siblings.
 */
import type { Condition } from '../model/form-definition.js';
import { isBlank } from './validation.js';
import { concrete, getAt } from './pointer.js';

export function holds(condition: Condition, data: unknown, indices: readonly number[] = []): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, data, indices));
  if ('any' in condition) return condition.any.some((c) => holds(c, data, indices));
  if ('not' in condition) return !holds(condition.not, data, indices);
  const value = getAt(data, concrete(condition.field, indices));
  if (condition.filled !== undefined && condition.filled === isBlank(value)) return false;
  if (condition.equals !== undefined && !same(value, condition.equals)) return false;
  if (condition.notEquals !== undefined && same(value, condition.notEquals)) return false;
  if (condition.oneOf !== undefined && !condition.oneOf.some((option) => same(value, option))) return false;
  return true;
}

/**
 * Equality as a form sees it: a yes/no field holds `'true'` while the schema
 * says `true`, a number field holds `'3'` for `3`; arrays (checkbox groups)
 * equal a value they contain.
 */
function same(value: unknown, expected: unknown): boolean {
  if (Array.isArray(value) && !Array.isArray(expected)) return value.some((v) => same(v, expected));
  if (value === expected) return true;
  if (value === undefined || value === null || expected === null || typeof expected === 'object') return false;
  return String(value) === String(expected);
}
