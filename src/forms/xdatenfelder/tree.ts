/**
 * Turns the structure of a Stammdatenschema into the JSON Schema of the data
 * (keyed by FIM ids), per-field UI hints, attachment specs and the static
 * texts of label fields. Rules are translated afterwards (`rules.ts`).
 */
import type * as z from 'zod/mini';
import type { AttachmentSpec, FieldHint } from '../../model/form-definition.js';
import { choiceKeywords, describeCodeList, findCodeList, type CodeLists } from './code-lists.js';
import { knownField } from './known-fields.js';
import type { CodeValue, Precision, XdfChild, XdfField, XdfGroup } from './model.js';
import { isRepeated, isRequired } from './multiplicity.js';
import type { Placement } from './placement.js';
import type { Warnings } from './warnings.js';
import { readableText } from './xml.js';

export type JsonSchema = Record<string, unknown>;

/** Files for an unbounded repeated file field: a cap, so the form can say "up to N". */
export const MAX_FILES_UNBOUNDED = 20;

export interface ObjectBody {
  properties: Record<string, JsonSchema>;
  required: string[];
  placements: Placement[];
}

interface Scope {
  /** Pointer of the object the children are properties of ('' for the root). */
  inner: string;
  step: string;
  parent: Placement | undefined;
  alwaysPresent: boolean;
  inRepeated: boolean;
  /** Children of an Auswahlgruppe are not required one by one. */
  choice: boolean;
}

type ValueType = NonNullable<Placement['valueType']>;

export class TreeBuilder {
  readonly hints: Record<string, FieldHint> = {};
  readonly attachments: z.input<typeof AttachmentSpec>[] = [];
  /** Texts of label fields, by step id, in document order. */
  readonly notes = new Map<string, string[]>();

  constructor(
    private readonly warnings: Warnings,
    private readonly codeLists: CodeLists | undefined,
  ) {}

  /** The properties of one object (the schema root or a group); `stepOf` picks the step of each child. */
  object(children: readonly XdfChild[], scope: Scope, stepOf: (child: XdfChild) => string = () => scope.step): ObjectBody {
    const body: ObjectBody = { properties: {}, required: [], placements: [] };
    for (const child of children) {
      const { element, multiplicity } = child;
      const pointer = `${scope.inner}/${escapePointerPart(element.id)}`;
      if (element.id in body.properties) {
        this.warnings.add({ code: 'duplicate-key', element: element.id, pointer, message: `${element.id} occurs twice in one group; the later one is used.` });
        delete body.properties[element.id];
        body.required = body.required.filter((key) => key !== element.id);
        body.placements = body.placements.filter((p) => p.element.id !== element.id);
      }
      const repeated = isRepeated(multiplicity);
      const placement: Placement = {
        element,
        multiplicity,
        pointer,
        inner: repeated ? `${pointer}/*` : pointer,
        step: stepOf(child),
        role: 'data',
        repeated,
        inRepeated: scope.inRepeated,
        alwaysPresent: scope.alwaysPresent && isRequired(multiplicity) && !scope.choice,
        parent: scope.parent,
        children: [],
      };
      if (multiplicity.max === 0) continue; // "0:0": the element must not occur.
      body.placements.push(placement);
      const schema = element.kind === 'group' ? this.group(element, placement) : this.field(element, placement);
      if (schema === undefined) continue;
      body.properties[element.id] = schema;
      if (isRequired(multiplicity) && !scope.choice) body.required.push(element.id);
    }
    return body;
  }

  private group(group: XdfGroup, placement: Placement): JsonSchema {
    const body = this.object(group.children, {
      inner: placement.inner,
      step: placement.step,
      parent: placement,
      alwaysPresent: placement.alwaysPresent,
      inRepeated: placement.inRepeated || placement.repeated,
      choice: group.choice,
    });
    placement.children = body.placements;
    const object: JsonSchema = {
      type: 'object',
      ...describe(group.label, group.help, group.notes),
      properties: body.properties,
      ...(body.required.length ? { required: body.required } : {}),
    };
    this.hints[placement.pointer] = {
      label: group.label,
      ...(group.help ? { help: group.help } : {}),
      ...(placement.repeated ? { widget: 'repeatable' as const } : {}),
    };
    return placement.repeated ? arrayOf(object, placement, describe(group.label, group.help, group.notes)) : object;
  }

  private field(field: XdfField, placement: Placement): JsonSchema | undefined {
    if (field.feldart === 'label') {
      placement.role = 'label';
      const text = readableText(field.content) ?? field.help ?? field.label;
      const notes = this.notes.get(placement.step) ?? [];
      notes.push(text);
      this.notes.set(placement.step, notes);
      return undefined;
    }
    if (field.datentyp === 'file') {
      placement.role = 'file';
      this.attachment(field, placement);
      return undefined;
    }
    const value = this.value(field, placement);
    const known = field.feldart === 'input' ? knownField(field.id) : undefined;
    const prefill = field.prefill === 'optional' || field.prefill === 'verpflichtend' ? (knownField(field.id)?.prefill ?? field.id) : undefined;
    const isChoice = value['oneOf'] !== undefined || value['enum'] !== undefined;
    this.hints[placement.pointer] = {
      label: field.label,
      ...(field.help ? { help: field.help } : {}),
      ...(placement.repeated ? { widget: isChoice ? ('checkboxes' as const) : ('repeatable' as const) } : known?.widget ? { widget: known.widget } : {}),
      ...(known?.autocomplete ? { autocomplete: known.autocomplete } : {}),
      ...(prefill ? { prefill } : {}),
    };
    if (!placement.repeated) return value;
    // Title and help describe the list; the items carry only the value's type and constraints.
    const { title, description, $comment, ...item } = value;
    return arrayOf(item, placement, definedOnly({ title, description, $comment }));
  }

  private value(field: XdfField, placement: Placement): JsonSchema {
    const where = { element: field.id, pointer: placement.pointer };
    let feldart = field.feldart;
    if (!['input', 'select', 'hidden', 'locked'].includes(feldart)) {
      this.warnings.add({ code: 'unknown-feldart', ...where, message: `${field.id} has feldart "${feldart}"; treated as input.` });
      feldart = 'input';
    }
    const type = feldart === 'select' ? { type: 'string' as const } : this.typeOf(field, placement);
    placement.valueType = type.type;
    const schema: JsonSchema = { ...type, ...describe(field.label, field.help, field.notes) };
    if (feldart === 'select') {
      const choices = this.choices(field, placement);
      if (choices) {
        placement.choices = choices;
        const { keywords, labelled } = choiceKeywords(choices);
        Object.assign(schema, keywords);
        if (!labelled) {
          this.warnings.add({ code: 'code-list-without-labels', ...where, message: `The choices of ${field.id} have no labels; the citizen sees the codes.` });
        }
      }
    } else {
      Object.assign(schema, this.constraints(field, placement, type));
    }
    const fallback = this.defaultValue(field, placement, type.type);
    if (fallback !== undefined) schema['default'] = fallback;
    if (feldart === 'hidden' || feldart === 'locked') schema['readOnly'] = true;
    if (feldart === 'hidden') {
      schema['x-fim-feldart'] = 'hidden';
      this.warnings.add({
        code: 'hidden-field-shown',
        ...where,
        message: `${field.id} is a hidden field; FormDefinition has no hint to hide it, so the form shows it read-only (the schema marks it x-fim-feldart: hidden).`,
      });
    }
    return schema;
  }

  private typeOf(field: XdfField, placement: Placement): { type: ValueType; format?: string } {
    switch (field.datentyp) {
      case 'text':
      case 'text_latin':
        return { type: 'string' };
      case 'date':
        return { type: 'string', format: 'date' };
      case 'time':
        return { type: 'string', format: 'time' };
      case 'datetime':
        return { type: 'string', format: 'date-time' };
      case 'bool':
        return { type: 'boolean' };
      case 'num':
      case 'num_currency':
        return { type: 'number' };
      case 'num_int':
        return { type: 'integer' };
      case 'obj':
        this.warnings.add({
          code: 'object-field',
          element: field.id,
          pointer: placement.pointer,
          message: `${field.id} has datentyp obj; the data property is an open object and the form has no input for it.`,
        });
        return { type: 'object' };
      default:
        this.warnings.add({
          code: 'unknown-datentyp',
          element: field.id,
          pointer: placement.pointer,
          message: `${field.id} has datentyp "${field.datentyp}"; treated as text.`,
        });
        return { type: 'string' };
    }
  }

  private choices(field: XdfField, placement: Placement): CodeValue[] | undefined {
    if (field.values?.length) return field.values;
    if (field.codeList) {
      const supplied = findCodeList(field.codeList, this.codeLists);
      if (supplied) return supplied;
      this.warnings.add({
        code: 'code-list-missing',
        element: field.id,
        pointer: placement.pointer,
        message: `${field.id} refers to code list ${describeCodeList(field.codeList)}, which options.codeLists does not supply; the field takes free text.`,
      });
      return undefined;
    }
    this.warnings.add({
      code: 'code-list-missing',
      element: field.id,
      pointer: placement.pointer,
      message: `${field.id} is a select field without values or code list; the field takes free text.`,
    });
    return undefined;
  }

  /** `praezisierung` as JSON Schema keywords for the value's type. */
  private constraints(field: XdfField, placement: Placement, type: { type: ValueType; format?: string }): JsonSchema {
    const where = { element: field.id, pointer: placement.pointer };
    if (field.precisionProblem !== undefined) {
      this.warnings.add({ code: 'praezisierung-unreadable', ...where, message: `praezisierung of ${field.id} could not be read: ${field.precisionProblem}` });
    }
    const p: Precision = field.precision;
    const result: JsonSchema = {};
    const notApplicable = (keys: (keyof Precision)[]) => {
      const given = keys.filter((key) => p[key] !== undefined);
      if (given.length) {
        this.warnings.add({
          code: 'praezisierung-not-applicable',
          ...where,
          message: `praezisierung ${given.join(', ')} does not apply to datentyp ${field.datentyp} of ${field.id}; dropped.`,
        });
      }
    };
    const pattern = () => {
      if (p.pattern === undefined) return;
      const anchored = `^(?:${p.pattern})$`;
      try {
        new RegExp(anchored, 'u');
        result['pattern'] = anchored;
      } catch {
        this.warnings.add({ code: 'pattern-unsupported', ...where, message: `The pattern of ${field.id} is not a JavaScript regular expression: ${p.pattern}; dropped.` });
      }
    };
    const isTemporal = type.format === 'date' || type.format === 'time' || type.format === 'date-time';
    if (type.type === 'string' && !isTemporal) {
      if (p.minLength !== undefined) result['minLength'] = p.minLength;
      if (p.maxLength !== undefined) result['maxLength'] = p.maxLength;
      pattern();
      notApplicable(['minValue', 'maxValue']);
    } else if (isTemporal) {
      // Bounds on dates and times: the format-aware keywords of JSON Schema's format vocabulary.
      if (p.minValue !== undefined) result['formatMinimum'] = p.minValue;
      if (p.maxValue !== undefined) result['formatMaximum'] = p.maxValue;
      pattern();
      notApplicable(['minLength', 'maxLength']);
    } else if (type.type === 'number' || type.type === 'integer') {
      for (const [key, target] of [['minValue', 'minimum'], ['maxValue', 'maximum']] as const) {
        const text = p[key];
        if (text === undefined) continue;
        const number = parseNumber(text);
        if (number === undefined) this.warnings.add({ code: 'praezisierung-unreadable', ...where, message: `${key} "${text}" of ${field.id} is not a number; dropped.` });
        else result[target] = number;
      }
      notApplicable(['minLength', 'maxLength', 'pattern']);
    } else {
      notApplicable(['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern']);
    }
    return result;
  }

  /** `inhalt` as the field's default, converted to its type. */
  private defaultValue(field: XdfField, placement: Placement, type: ValueType): unknown {
    const text = field.content?.trim();
    if (!text) return undefined;
    let value: unknown;
    if (placement.choices) value = placement.choices.some((choice) => choice.code === text) ? text : undefined;
    else if (type === 'boolean') value = parseBoolean(text);
    else if (type === 'number') value = parseNumber(text);
    else if (type === 'integer') value = ((n) => (n !== undefined && Number.isInteger(n) ? n : undefined))(parseNumber(text));
    else if (type === 'string' && field.datentyp === 'date') value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
    else if (type === 'string') value = text;
    if (value === undefined) {
      this.warnings.add({
        code: 'default-unusable',
        element: field.id,
        pointer: placement.pointer,
        message: `inhalt "${text}" of ${field.id} does not fit ${placement.choices ? 'its choices' : `datentyp ${field.datentyp}`}; no default.`,
      });
    }
    return value;
  }

  private attachment(field: XdfField, placement: Placement): void {
    let id = field.id;
    for (let n = 2; this.attachments.some((a) => a.id === id); n++) id = `${field.id}-${n}`;
    placement.attachmentId = id;
    if (placement.inRepeated) {
      this.warnings.add({
        code: 'attachment-in-repeatable-group',
        element: field.id,
        pointer: placement.pointer,
        message: `File field ${field.id} is inside a repeatable group; attachments are not per item, so one attachment "${id}" collects the files of all items.`,
      });
    }
    const { max } = placement.multiplicity;
    this.attachments.push({
      id,
      label: field.label,
      ...(field.help ? { help: field.help } : {}),
      required: placement.alwaysPresent,
      accept: field.mediaTypes,
      ...(field.maxSize ? { maxBytes: field.maxSize } : {}),
      maxFiles: placement.repeated || placement.inRepeated ? (max === undefined || placement.inRepeated ? MAX_FILES_UNBOUNDED : max) : 1,
    });
  }
}

function arrayOf(items: JsonSchema, placement: Placement, described: JsonSchema): JsonSchema {
  const { min, max } = placement.multiplicity;
  return {
    type: 'array',
    ...described,
    items,
    ...(min > 0 ? { minItems: min } : {}),
    ...(max !== undefined ? { maxItems: max } : {}),
  };
}

/** `title` for people, `description` = help for people, `$comment` = notes for modellers. */
function describe(label: string, help: string | undefined, notes: string | undefined): JsonSchema {
  return { title: label, ...(help ? { description: help } : {}), ...(notes ? { $comment: notes } : {}) };
}

function definedOnly(object: Record<string, unknown>): JsonSchema {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}


/** "1.234,5", "1234,5", "1234.5", "-3" → number; German decimal comma accepted. */
export function parseNumber(text: string): number | undefined {
  const compact = text.trim().replace(/\s/g, '');
  const normalized = compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) return undefined;
  const number = Number(normalized);
  return Number.isFinite(number) ? number : undefined;
}

export function parseBoolean(text: string): boolean | undefined {
  const lower = text.trim().toLowerCase();
  if (['true', '1', 'ja', 'wahr'].includes(lower)) return true;
  if (['false', '0', 'nein', 'falsch'].includes(lower)) return false;
  return undefined;
}

function escapePointerPart(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
