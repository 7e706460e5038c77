/**
 * FormDefinition: the data schema of an application plus hints for the form UI.
 *
 * `schema` is a JSON Schema (draft 2020-12) of the data the authority
 * receives — for FIM-based services the schema FITKO publishes for
 * FIT-Connect, whose keys are FIM ids (`G…` groups as objects, repeatable
 * groups as arrays, `F…` fields). `ui` says how to present it: steps, labels,
 * help, conditional visibility, prefill. Fields are addressed by JSON
 * Pointer into the data, e.g. `/G17003637/F60000228`.
 */
import * as z from 'zod/mini';
import { LanguageTag, Text, list } from './common.js';
import { HttpUrl, integer } from './formats.js';

/** A JSON Pointer (RFC 6901) into the form data, e.g. `/G60000086/F60000243`. */
export const FieldPointer = z.string().check(z.regex(/^(\/[^/]+)+$/));
export type FieldPointer = z.infer<typeof FieldPointer>;

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

/** A condition on other fields' values, for visibility and cross-field rules. */
export type Condition =
  | { field: string; equals?: JsonValue | undefined; notEquals?: JsonValue | undefined; oneOf?: JsonValue[] | undefined; filled?: boolean | undefined }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
export const Condition: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      field: FieldPointer,
      equals: z.optional(JsonValue),
      notEquals: z.optional(JsonValue),
      oneOf: z.optional(z.array(JsonValue)),
      filled: z.optional(z.boolean()),
    }),
    z.strictObject({ all: z.array(Condition) }),
    z.strictObject({ any: z.array(Condition) }),
    z.strictObject({ not: Condition }),
  ]),
);

/**
 * Input controls a field can ask for; without one the widget picks from the
 * schema. `checkbox` is a single tick box (a consent), `group` a plain
 * fieldset, `address` a group shown as one address.
 */
export const FieldWidget = z.enum([
  'text', 'textarea', 'number', 'date', 'email', 'phone', 'select', 'radio', 'checkboxes',
  'yes-no', 'checkbox', 'iban', 'postcode', 'address', 'repeatable', 'group', 'file',
]);
export type FieldWidget = z.infer<typeof FieldWidget>;

/** Presentation hints for one field or group. */
export const FieldHint = z.object({
  label: z.optional(z.string()),
  help: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  widget: z.optional(FieldWidget),
  /** Shown only while the condition holds; hidden fields are not validated or sent. */
  visibleIf: z.optional(Condition),
  /** Key in the page's prefill data that may fill this field (e.g. `familyName`). */
  prefill: z.optional(z.string()),
  /** HTML `autocomplete` token, e.g. `family-name`, `postal-code`. */
  autocomplete: z.optional(z.string()),
});
export type FieldHint = z.infer<typeof FieldHint>;

/** A file the citizen attaches (sent as attachment, not inside the data). */
export const AttachmentSpec = z.object({
  id: Text,
  label: Text,
  help: z.optional(z.string()),
  required: z._default(z.boolean(), false),
  /** Accepted media types, e.g. `application/pdf`, `image/jpeg`. */
  accept: list(z.string()),
  maxBytes: z._default(z.number().check(z.positive()), 10 * 1024 * 1024),
  maxFiles: z._default(integer(z.positive()), 1),
  visibleIf: z.optional(Condition),
});
export type AttachmentSpec = z.infer<typeof AttachmentSpec>;

export const FormStep = z.object({
  id: Text,
  title: Text,
  description: z.optional(z.string()),
  /** Fields and groups on this step, in order. */
  fields: list(FieldPointer),
  /** Ids of attachments asked for on this step. */
  attachments: list(z.string()),
  visibleIf: z.optional(Condition),
});
export type FormStep = z.infer<typeof FormStep>;

/** A rule across fields: when `when` holds, `require` must hold, else `message` shows on `fields`. */
export const CrossFieldRule = z.object({
  id: Text,
  when: z.optional(Condition),
  require: Condition,
  fields: z.array(FieldPointer).check(z.minLength(1)),
  /** Message per language, e.g. `{ "de": "…", "en": "…" }`. */
  message: z.record(z.string(), z.string()),
});
export type CrossFieldRule = z.infer<typeof CrossFieldRule>;

/** A JSON Schema object; its inner structure is checked when the form is built. */
export const JsonSchemaObject = z.looseObject({
  $schema: z.optional(z.string()),
  $id: z.optional(z.string()),
  type: z.optional(z.union([z.string(), z.array(z.string())])),
});

export const FormDefinition = z.object({
  id: Text,
  version: z._default(z.string(), '1.0'),
  title: Text,
  description: z.optional(z.string()),
  /** The service this form applies for. */
  serviceId: z.optional(z.string()),
  leikaKey: z.optional(z.string()),
  language: z._default(LanguageTag, 'de'),
  /** Identifier of the data schema, e.g. `https://schema.fitko.de/fim/s17000717_1.0.schema.json`. */
  schemaUri: z.optional(HttpUrl),
  schema: JsonSchemaObject,
  ui: z._default(
    z.object({
      steps: list(FormStep),
      fields: z._default(z.record(FieldPointer, FieldHint), () => ({})),
      rules: list(CrossFieldRule),
    }),
    () => ({ steps: [], fields: {}, rules: [] }),
  ),
  attachments: list(AttachmentSpec),
});
export type FormDefinition = z.infer<typeof FormDefinition>;
