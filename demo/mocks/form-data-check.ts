/**
 * How the demo backend checks submitted data against a form definition — a
 * simple, independent reading of the form (a real backend would run a full
 * JSON Schema validator): required members, types, lengths, patterns,
 * `date`/`email` formats, code lists, number bounds, item counts; fields the
 * form hides (`visibleIf` of a field or its step) are skipped; cross-field
 * rules; attachments the form requires.
 *
 * Problems come back as RFC 9457 `invalid-params`: `name` is the JSON Pointer
 * of the field in the data, `reason` a sentence for the citizen in the
 * submission's language.
 */
import type { Condition, FormDefinition } from '../../src/index.js';

export interface InvalidParam {
  name: string;
  reason: string;
}

/** The part of a JSON Schema node this checker reads. */
interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  const?: unknown;
  enum?: unknown[];
  oneOf?: SchemaNode[];
}

type Reason = 'required' | 'type' | 'tooShort' | 'tooLong' | 'pattern' | 'date' | 'email' | 'iban' | 'option' | 'range' | 'tooFew' | 'tooMany' | 'accept';

const REASONS: Record<'de' | 'en', Record<Reason, string>> = {
  de: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    type: 'Diese Angabe hat nicht die erwartete Form.',
    tooShort: 'Diese Angabe ist zu kurz.',
    tooLong: 'Diese Angabe ist zu lang.',
    pattern: 'Bitte prüfen Sie das Format Ihrer Eingabe.',
    date: 'Bitte geben Sie ein gültiges Datum ein.',
    email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    iban: 'Bitte prüfen Sie die IBAN.',
    option: 'Bitte wählen Sie einen der angebotenen Einträge.',
    range: 'Dieser Wert liegt außerhalb des erlaubten Bereichs.',
    tooFew: 'Bitte machen Sie mehr Angaben.',
    tooMany: 'Bitte machen Sie weniger Angaben.',
    accept: 'Diese Bestätigung ist nötig.',
  },
  en: {
    required: 'Please fill in this field.',
    type: 'This entry does not have the expected form.',
    tooShort: 'This entry is too short.',
    tooLong: 'This entry is too long.',
    pattern: 'Please check the format of your entry.',
    date: 'Please enter a valid date.',
    email: 'Please enter a valid email address.',
    iban: 'Please check the IBAN.',
    option: 'Please choose one of the options.',
    range: 'This value is outside the allowed range.',
    tooFew: 'Please give more entries.',
    tooMany: 'Please give fewer entries.',
    accept: 'This confirmation is required.',
  },
};

export function reasonLanguage(language: string): 'de' | 'en' {
  return language.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A schema pointer with `*` for "this item" made concrete with the item indices, e.g. `/G1/*\/F2` + [3] → `/G1/3/F2`. */
function concrete(pointer: string, indices: readonly number[]): string {
  let i = 0;
  return pointer.replace(/(?<=\/)\*(?=\/|$)/g, (star) => (i < indices.length ? String(indices[i++]) : star));
}

/** The value at a JSON Pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a condition of the form holds for `data`; `indices` are the items
 * of the repeatable groups the condition is evaluated in (for `*` pointers).
 */
export function holds(condition: Condition, data: unknown, indices: readonly number[] = []): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, data, indices));
  if ('any' in condition) return condition.any.some((c) => holds(c, data, indices));
  if ('not' in condition) return !holds(condition.not, data, indices);
  const value = valueAt(data, concrete(condition.field, indices));
  if (condition.equals !== undefined && !deepEqual(value, condition.equals)) return false;
  if (condition.notEquals !== undefined && deepEqual(value, condition.notEquals)) return false;
  if (condition.oneOf !== undefined && !condition.oneOf.some((option) => deepEqual(value, option))) return false;
  if (condition.filled !== undefined && isBlank(value) === condition.filled) return false;
  return true;
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** ISO 13616 check digits (mod 97); spaces allowed. */
function isIban(text: string): boolean {
  const iban = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  let remainder = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    for (const digit of char >= 'A' ? String(char.charCodeAt(0) - 55) : char) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(node: SchemaNode, value: unknown): boolean {
  if (node.type === undefined) return true;
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const actual = typeOf(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** Checks one value against its schema node; the first problem of the value, or undefined. */
function checkScalar(node: SchemaNode, value: unknown): Reason | undefined {
  if (!hasType(node, value)) return 'type';
  if (node.const !== undefined && !deepEqual(value, node.const)) return typeof node.const === 'boolean' ? 'accept' : 'option';
  if (node.enum && !node.enum.some((option) => deepEqual(value, option))) return 'option';
  if (node.oneOf && node.oneOf.every((option) => option.const !== undefined) && !node.oneOf.some((option) => deepEqual(value, option.const))) return 'option';
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.trim().length < node.minLength) return value.trim() === '' ? 'required' : 'tooShort';
    if (node.maxLength !== undefined && value.length > node.maxLength) return 'tooLong';
    if (node.format === 'date' && !isRealDate(value)) return 'date';
    if (node.format === 'email' && !EMAIL.test(value)) return 'email';
    if (node.format === 'iban' && !isIban(value)) return 'iban';
    if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) return 'pattern';
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return 'range';
    if (node.maximum !== undefined && value > node.maximum) return 'range';
    // Compare in whole multiples, so 1.5 is a multiple of 0.5 despite floating point.
    if (node.multipleOf !== undefined && Math.abs(value / node.multipleOf - Math.round(value / node.multipleOf)) > 1e-9) return 'range';
  }
  return undefined;
}

/**
 * All problems of `data` for `form`. `attachments` are the files sent, by
 * spec id; a required, visible attachment spec without a file is reported
 * under the name `attachments/<spec id>` (not a data pointer).
 */
export function checkFormData(
  form: FormDefinition,
  data: Record<string, unknown>,
  attachments: readonly { specId: string }[],
  language: string,
): InvalidParam[] {
  const reasons = REASONS[reasonLanguage(language)];
  const problems: InvalidParam[] = [];
  const hiddenByStep = new Map<string, Condition>();
  for (const step of form.ui.steps) {
    if (step.visibleIf) for (const pointer of step.fields) hiddenByStep.set(pointer, step.visibleIf);
  }
  /** Hidden when the field, or a group it lies in, has a visibility condition that does not hold. */
  const isHidden = (schemaPointer: string, indices: readonly number[] = []): boolean => {
    const tokens = schemaPointer.split('/').slice(1);
    for (let i = 1; i <= tokens.length; i++) {
      const prefix = `/${tokens.slice(0, i).join('/')}`;
      const condition = form.ui.fields[prefix]?.visibleIf ?? hiddenByStep.get(prefix);
      if (condition && !holds(condition, data, indices)) return true;
    }
    return false;
  };

  // `pointer` addresses the value in the data; `schemaPointer` the same place with `*` for
  // item indices (as hints are keyed); `indices` are those item indices.
  const walk = (node: SchemaNode, value: unknown, pointer: string, schemaPointer: string, indices: number[]): void => {
    if (value === undefined || value === null) return;
    if (node.properties && typeOf(value) === 'object') {
      const record = value as Record<string, unknown>;
      for (const [key, child] of Object.entries(node.properties)) {
        const childPointer = `${pointer}/${escapeToken(key)}`;
        const childSchemaPointer = `${schemaPointer}/${escapeToken(key)}`;
        if (isHidden(childSchemaPointer, indices)) continue;
        const childValue = record[key];
        if (isBlank(childValue)) {
          if (node.required?.includes(key)) problems.push({ name: childPointer, reason: reasons.required });
          continue;
        }
        walk(child, childValue, childPointer, childSchemaPointer, indices);
      }
      return;
    }
    if (node.type === 'array' || Array.isArray(value)) {
      if (!Array.isArray(value)) {
        problems.push({ name: pointer, reason: reasons.type });
        return;
      }
      if (node.minItems !== undefined && value.length < node.minItems) problems.push({ name: pointer, reason: reasons.tooFew });
      if (node.maxItems !== undefined && value.length > node.maxItems) problems.push({ name: pointer, reason: reasons.tooMany });
      if (node.items) value.forEach((item, index) => walk(node.items!, item, `${pointer}/${index}`, `${schemaPointer}/*`, [...indices, index]));
      return;
    }
    const problem = checkScalar(node, value);
    if (problem) problems.push({ name: pointer, reason: reasons[problem] });
  };
  walk(form.schema as SchemaNode, data, '', '', []);

  const reported = new Set(problems.map((p) => p.name));
  for (const rule of form.ui.rules) {
    if (rule.when && !holds(rule.when, data)) continue;
    if (holds(rule.require, data)) continue;
    const message = rule.message[reasonLanguage(language)] ?? rule.message['de'] ?? Object.values(rule.message)[0] ?? reasons.required;
    for (const field of rule.fields) {
      if (isHidden(field) || reported.has(field)) continue;
      reported.add(field);
      problems.push({ name: field, reason: message });
    }
  }

  for (const spec of form.attachments) {
    if (!spec.required || (spec.visibleIf && !holds(spec.visibleIf, data))) continue;
    if (!attachments.some((a) => a.specId === spec.id)) problems.push({ name: `attachments/${spec.id}`, reason: reasonLanguage(language) === 'en' ? `Please add: ${spec.label}.` : `Bitte fügen Sie hinzu: ${spec.label}.` });
  }
  return problems;
}
