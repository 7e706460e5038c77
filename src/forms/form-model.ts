/**
 * Compiles a FormDefinition (JSON Schema + UI hints) into the tree the form
 * widget renders: steps of field nodes, each with its kind, label, help,
 * constraints, options and visibility. Done once per definition; every
 * keystroke afterwards only touches data.
 */
import type { AttachmentSpec, Condition, FieldHint, FieldWidget, FormDefinition } from '../model/form-definition.js';
import { formatPointer, parsePointer } from './pointer.js';
import type { Constraints } from './validation.js';

export type FieldKind = FieldWidget;

export interface Option {
  value: string;
  label: string;
}

export interface FieldNode {
  /** Schema pointer; `*` stands for the item index inside repeatable groups. */
  pointer: string;
  /** The property name, e.g. `F60000228`. */
  key: string;
  kind: FieldKind;
  label: string;
  help?: string | undefined;
  placeholder?: string | undefined;
  autocomplete?: string | undefined;
  /** Key in the page's prefill data. */
  prefill?: string | undefined;
  required: boolean;
  readOnly: boolean;
  constraints: Constraints;
  options?: Option[] | undefined;
  /** Fields of a group, address or of each item of a repeatable group. */
  children?: FieldNode[] | undefined;
  visibleIf?: Condition | undefined;
  defaultValue?: unknown;
  /** JSON Schema type of the value, for turning typed text back into data. */
  valueType: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
}

export interface StepModel {
  id: string;
  title: string;
  description?: string | undefined;
  fields: FieldNode[];
  attachments: AttachmentSpec[];
  visibleIf?: Condition | undefined;
}

export interface FormModel {
  definition: FormDefinition;
  steps: StepModel[];
  /** Every node by schema pointer. */
  nodes: Map<string, FieldNode>;
}

type Schema = Record<string, unknown>;

/** Radio buttons up to this many options; a select above. */
const MAX_RADIO_OPTIONS = 5;
/** Strings allowed to be longer than this get a text area. */
const TEXTAREA_FROM_LENGTH = 255;

export function compileForm(definition: FormDefinition): FormModel {
  const root = definition.schema as Schema;
  const hints = definition.ui.fields;
  const nodes = new Map<string, FieldNode>();
  const resolve = (schema: unknown): Schema => resolveSchema(root, schema);

  const build = (schema: Schema, pointer: string, key: string, required: boolean): FieldNode => {
    const s = resolve(schema);
    const hint: FieldHint = hints[pointer] ?? {};
    const type = typeOf(s);
    const node: FieldNode = {
      pointer,
      key,
      kind: 'text',
      label: hint.label ?? str(s['title']) ?? key,
      help: hint.help ?? str(s['description']),
      placeholder: hint.placeholder,
      autocomplete: hint.autocomplete,
      prefill: hint.prefill,
      required,
      readOnly: s['readOnly'] === true,
      constraints: { required },
      visibleIf: hint.visibleIf,
      defaultValue: s['default'],
      valueType: type,
    };
    if (type === 'object') {
      const properties = (s['properties'] ?? {}) as Record<string, unknown>;
      const requiredKeys = new Set((s['required'] as string[] | undefined) ?? []);
      node.children = Object.entries(properties).map(([childKey, child]) =>
        build(child as Schema, `${pointer}/${escapeKey(childKey)}`, childKey, requiredKeys.has(childKey)),
      );
      node.kind = hint.widget === 'address' ? 'address' : 'group';
    } else if (type === 'array') {
      const items = resolve(s['items'] ?? {});
      const min = num(s['minItems']);
      const max = num(s['maxItems']);
      node.constraints = { required: required && (min ?? 1) > 0, minItems: min, maxItems: max };
      const itemOptions = optionsOf(items);
      if (itemOptions && typeOf(items) !== 'object') {
        node.kind = 'checkboxes';
        node.options = itemOptions;
        node.constraints.options = itemOptions.map((o) => o.value);
      } else {
        node.kind = 'repeatable';
        const item = build(items, `${pointer}/*`, '*', true);
        node.children = item.children ?? [item];
      }
    } else {
      const options = optionsOf(s);
      node.constraints = constraintsOf(s, required);
      if (type === 'boolean') node.kind = s['const'] === true ? 'checkbox' : 'yes-no';
      else if (options) {
        node.options = options;
        node.constraints.options = options.map((o) => o.value);
        node.kind = options.length <= MAX_RADIO_OPTIONS ? 'radio' : 'select';
      } else if (type === 'number' || type === 'integer') node.kind = 'number';
      else node.kind = kindOfString(s, node.constraints);
    }
    if (hint.widget && hint.widget !== 'file') node.kind = hint.widget;
    node.constraints = { ...node.constraints, ...formatOf(node.kind) };
    nodes.set(pointer, node);
    return node;
  };

  const rootRequired = new Set((root['required'] as string[] | undefined) ?? []);
  const topLevel = Object.entries((resolve(root)['properties'] ?? {}) as Record<string, unknown>).map(([key, schema]) =>
    build(schema as Schema, `/${escapeKey(key)}`, key, rootRequired.has(key)),
  );
  return { definition, steps: arrangeSteps(definition, topLevel, nodes), nodes };
}

/** Steps from the UI hints; fields no step names go to the last step, so nothing is silently dropped. */
function arrangeSteps(definition: FormDefinition, topLevel: FieldNode[], nodes: Map<string, FieldNode>): StepModel[] {
  const attachmentsById = new Map(definition.attachments.map((a) => [a.id, a]));
  let steps: StepModel[];
  if (definition.ui.steps.length > 0) {
    steps = definition.ui.steps.map((step) => ({
      id: step.id,
      title: step.title,
      description: step.description,
      visibleIf: step.visibleIf,
      fields: step.fields.map((pointer) => nodes.get(pointer)).filter((n): n is FieldNode => n !== undefined),
      attachments: step.attachments.map((id) => attachmentsById.get(id)).filter((a): a is AttachmentSpec => a !== undefined),
    }));
  } else {
    // One step per top-level group, loose fields first.
    const loose = topLevel.filter((n) => n.kind !== 'group' && n.kind !== 'repeatable');
    const groups = topLevel.filter((n) => n.kind === 'group' || n.kind === 'repeatable');
    steps = [
      ...(loose.length ? [{ id: 'angaben', title: definition.title, fields: loose, attachments: [] }] : []),
      ...groups.map((g) => ({ id: g.key, title: g.label, fields: g.kind === 'group' ? g.children ?? [] : [g], attachments: [] })),
    ];
    if (steps.length === 0) steps = [{ id: 'angaben', title: definition.title, fields: [], attachments: [] }];
  }
  const covered = (pointer: string) =>
    steps.some((step) => step.fields.some((f) => pointer === f.pointer || pointer.startsWith(`${f.pointer}/`) || f.pointer.startsWith(`${pointer}/`)));
  const last = steps.at(-1)!;
  for (const node of topLevel) if (!covered(node.pointer)) last.fields.push(node);
  const placed = new Set(steps.flatMap((s) => s.attachments.map((a) => a.id)));
  for (const attachment of definition.attachments) if (!placed.has(attachment.id)) last.attachments.push(attachment);
  return steps;
}

function kindOfString(s: Schema, constraints: Constraints): FieldKind {
  switch (s['format']) {
    case 'date':
      return 'date';
    case 'email':
      return 'email';
    case 'phone':
    case 'tel':
      return 'phone';
    case 'iban':
      return 'iban';
    case 'postcode':
    case 'postal-code':
      return 'postcode';
  }
  if (s['pattern'] === '^\\d{5}$' || s['pattern'] === '^[0-9]{5}$') return 'postcode';
  if ((constraints.maxLength ?? 0) > TEXTAREA_FROM_LENGTH) return 'textarea';
  return 'text';
}

/** Constraints that follow from the kind alone. */
function formatOf(kind: FieldKind): Constraints {
  switch (kind) {
    case 'email':
    case 'phone':
    case 'date':
    case 'iban':
    case 'postcode':
      return { format: kind };
    default:
      return {};
  }
}

function constraintsOf(s: Schema, required: boolean): Constraints {
  const pattern = str(s['pattern']);
  return {
    required,
    minLength: num(s['minLength']),
    maxLength: num(s['maxLength']),
    // JSON Schema patterns match anywhere; our check anchors, so strip the anchors they carry.
    pattern: pattern?.replace(/^\^/, '').replace(/\$$/, ''),
    minimum: num(s['minimum']) ?? num(s['exclusiveMinimum']),
    maximum: num(s['maximum']) ?? num(s['exclusiveMaximum']),
    integer: typeOf(s) === 'integer' ? true : undefined,
    minDate: s['format'] === 'date' ? str(s['formatMinimum']) : undefined,
    maxDate: s['format'] === 'date' ? str(s['formatMaximum']) : undefined,
  };
}

/** Labelled choices from `oneOf`/`anyOf` of `{ const, title }`, or plain `enum`. */
function optionsOf(s: Schema): Option[] | undefined {
  const alternatives = (s['oneOf'] ?? s['anyOf']) as Schema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((a) => a && 'const' in a)) {
    return alternatives.map((a) => ({ value: String(a['const']), label: str(a['title']) ?? String(a['const']) }));
  }
  if (Array.isArray(s['enum'])) return (s['enum'] as unknown[]).filter((v) => v !== null).map((v) => ({ value: String(v), label: String(v) }));
  return undefined;
}

function typeOf(s: Schema): FieldNode['valueType'] {
  const type = Array.isArray(s['type']) ? (s['type'] as string[]).find((t) => t !== 'null') : s['type'];
  if (type === 'object' || type === 'array' || type === 'boolean' || type === 'number' || type === 'integer') return type;
  if (type === undefined && s['properties']) return 'object';
  if (type === undefined && s['items']) return 'array';
  return 'string';
}

/** Follows local `$ref`s (`#/$defs/…`, `#/definitions/…`) and merges `allOf` parts. */
export function resolveSchema(root: Schema, schema: unknown, seen: ReadonlySet<string> = new Set()): Schema {
  if (!schema || typeof schema !== 'object') return {};
  let s = schema as Schema;
  const ref = str(s['$ref']);
  if (ref?.startsWith('#') && !seen.has(ref)) {
    const target = parsePointer(ref.slice(1)).reduce<unknown>((node, part) => (node as Schema | undefined)?.[part], root);
    const { $ref: _ref, ...rest } = s;
    s = { ...resolveSchema(root, target, new Set([...seen, ref])), ...rest };
  }
  if (Array.isArray(s['allOf'])) {
    const parts = (s['allOf'] as unknown[]).map((part) => resolveSchema(root, part, seen));
    const { allOf: _allOf, ...rest } = s;
    s = parts.reduce<Schema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...(merged['properties'] as object), ...(part['properties'] as object) },
        required: [...((merged['required'] as string[]) ?? []), ...((part['required'] as string[]) ?? [])],
      }),
      rest,
    );
  }
  return s;
}

function escapeKey(key: string): string {
  return formatPointer([key]).slice(1);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
