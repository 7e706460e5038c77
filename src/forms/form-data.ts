/**
 * Walks a compiled form over the citizen's data: which fields are visible
 * now, what is wrong with them, and the data to submit (visible fields only,
 * typed as the schema says).
 */
import { holds } from './conditions.js';
import type { FieldNode, FormModel, StepModel } from './form-model.js';
import { concrete, getAt } from './pointer.js';
import { isBlank, parseLocaleNumber, validateCount, validateDate, validateNumber, validateText, type ValidationError } from './validation.js';

/** A field as it appears in the data: its node and the item indices of the groups it is in. */
export interface FieldInstance {
  node: FieldNode;
  /** Concrete pointer, e.g. `/G1/0/F2`. */
  pointer: string;
  indices: number[];
}

export interface FieldIssue {
  pointer: string;
  node: FieldNode;
  error: ValidationError;
}

export type FormData = Record<string, unknown>;

export function isStepVisible(step: StepModel, data: FormData): boolean {
  return !step.visibleIf || holds(step.visibleIf, data);
}

/** Items of a repeatable group: as many as the data has, at least `minItems` (or one). */
export function itemCount(node: FieldNode, data: FormData, indices: readonly number[]): number {
  const items = getAt(data, concrete(node.pointer, indices));
  const present = Array.isArray(items) ? items.length : 0;
  return Math.max(present, node.constraints.minItems ?? 1);
}

/** Visible fields of the given nodes, groups entered, repeatable items expanded (depth first, in order). */
export function visibleFields(nodes: readonly FieldNode[], data: FormData, indices: number[] = []): FieldInstance[] {
  const result: FieldInstance[] = [];
  for (const node of nodes) {
    if (node.visibleIf && !holds(node.visibleIf, data, indices)) continue;
    result.push({ node, pointer: concrete(node.pointer, indices), indices });
    if (node.kind === 'repeatable') {
      const count = itemCount(node, data, indices);
      for (let i = 0; i < count; i++) result.push(...visibleFields(node.children ?? [], data, [...indices, i]));
    } else if (node.children) {
      result.push(...visibleFields(node.children, data, indices));
    }
  }
  return result;
}

/** The problem with one field's value, if any. Groups have none of their own. */
export function fieldError(instance: FieldInstance, data: FormData): ValidationError | undefined {
  const { node } = instance;
  const value = getAt(data, instance.pointer);
  const c = node.constraints;
  switch (node.kind) {
    case 'group':
    case 'address':
      return undefined;
    case 'repeatable':
      return validateCount(Array.isArray(value) ? value.length : 0, { ...c, required: false });
    case 'checkboxes':
      return validateCount(Array.isArray(value) ? value.length : 0, c);
    case 'checkbox':
      return c.required && value !== true && value !== 'true' ? { code: 'required' } : undefined;
    case 'yes-no':
      return c.required && isBlank(value) ? { code: 'required' } : undefined;
    case 'number':
      return validateNumber(value === undefined || value === null ? '' : String(value), c);
    case 'date':
      return validateDate(typeof value === 'string' ? value : '', c);
    default:
      return validateText(typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value), c);
  }
}

/** Everything wrong on a step (visible fields only) plus broken cross-field rules. */
export function stepIssues(model: FormModel, step: StepModel, data: FormData, language: string): FieldIssue[] {
  const fields = visibleFields(step.fields, data);
  const issues: FieldIssue[] = [];
  for (const instance of fields) {
    const error = fieldError(instance, data);
    if (error) issues.push({ pointer: instance.pointer, node: instance.node, error });
  }
  const onStep = new Map(fields.map((f) => [f.pointer, f]));
  for (const issue of ruleIssues(model, data, language)) {
    if (onStep.has(issue.pointer) && !issues.some((i) => i.pointer === issue.pointer)) issues.push(issue);
  }
  return issues;
}

/** Cross-field rules that do not hold: an issue on each field the rule names. */
export function ruleIssues(model: FormModel, data: FormData, language: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const rule of model.definition.ui.rules) {
    if (rule.when && !holds(rule.when, data)) continue;
    if (holds(rule.require, data)) continue;
    const message = rule.message[language] ?? rule.message[language.split('-')[0] ?? ''] ?? rule.message['de'] ?? Object.values(rule.message)[0];
    for (const pointer of rule.fields) {
      const node = model.nodes.get(pointer);
      if (node) issues.push({ pointer, node, error: { code: 'rule', ...(message ? { message } : {}) } });
    }
  }
  return issues;
}

/** Issues of every visible step, in order. */
export function formIssues(model: FormModel, data: FormData, language: string): { step: number; issue: FieldIssue }[] {
  return model.steps.flatMap((step, index) =>
    isStepVisible(step, data) ? stepIssues(model, step, data, language).map((issue) => ({ step: index, issue })) : [],
  );
}

/**
 * The data to send: only what is visible, empty values left out, typed as
 * the schema says (numbers from "12,5", booleans from yes/no).
 */
export function submissionData(model: FormModel, data: FormData): FormData {
  const out: FormData = {};
  const visibleSteps = model.steps.filter((s) => isStepVisible(s, data));
  const visible = new Set(visibleSteps.flatMap((s) => visibleFields(s.fields, data)).map((f) => f.pointer));
  const copy = (nodes: readonly FieldNode[], indices: number[], target: Record<string, unknown>) => {
    for (const node of nodes) {
      const pointer = concrete(node.pointer, indices);
      if (!visible.has(pointer)) continue;
      if (node.kind === 'repeatable') {
        const items = getAt(data, pointer);
        const list = (Array.isArray(items) ? items : []).map((_, i) => {
          const item: Record<string, unknown> = {};
          copy(node.children ?? [], [...indices, i], item);
          return item;
        });
        const filled = list.filter((item) => Object.keys(item).length > 0);
        if (filled.length) target[node.key] = filled;
      } else if (node.children) {
        const group: Record<string, unknown> = {};
        copy(node.children, indices, group);
        if (Object.keys(group).length) target[node.key] = group;
      } else {
        const value = typed(node, getAt(data, pointer));
        if (value !== undefined) target[node.key] = value;
      }
    }
  };
  for (const step of visibleSteps) copy(step.fields.filter((f) => !f.pointer.slice(1).includes('/')), [], out);
  // Fields a step names below the top level (e.g. `/G1/F2` on its own) land in their group.
  for (const step of visibleSteps) {
    for (const node of step.fields.filter((f) => f.pointer.slice(1).includes('/'))) {
      const parts = node.pointer.split('/').slice(1);
      let target = out;
      for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
      copy([node], [], target);
    }
  }
  return out;
}

function typed(node: FieldNode, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  switch (node.valueType) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : parseLocaleNumber(String(value));
    case 'boolean':
      return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
    case 'array':
      return Array.isArray(value) && value.length ? value : undefined;
    default:
      return typeof value === 'string' ? value.trim() : value;
  }
}
