/**
 * Types and small builders for the demo's form definitions. The forms are
 * written as the *input* of the `FormDefinition` schema (defaults may be left
 * out); `FormDefinition.parse` fills them in.
 */
import type * as z from 'zod/mini';
import type { FieldHint, FormDefinition } from '../../../src/model/form-definition.js';

export type FormDefinitionInput = z.input<typeof FormDefinition>;

/** A JSON Schema (draft 2020-12) node, as far as the demo forms use it. */
export type JsonSchema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date' | 'email' | 'iban';
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  const?: string | number | boolean;
  oneOf?: { const: string; title: string }[];
};

/** Hints keyed by JSON Pointer. */
export type FieldHints = Record<string, FieldHint>;

/** A FIM-style code list as a JSON Schema: codes as `const`, their names as `title`. */
export function codeList(title: string, entries: readonly (readonly [code: string, name: string])[]): JsonSchema {
  return { type: 'string', title, oneOf: entries.map(([code, name]) => ({ const: code, title: name })) };
}

/** An object group with the given members, all of them optional unless named in `required`. */
export function group(title: string, properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return { type: 'object', title, properties, required, additionalProperties: false };
}

export const MiB = 1024 * 1024;
