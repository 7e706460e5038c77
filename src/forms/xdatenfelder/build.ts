/**
 * Assembles the FormDefinition: data schema and hints from the tree, rules,
 * visibility, steps (one per top-level group, loose top-level fields first).
 */
import type * as z from 'zod/mini';
import type { Condition, FormDefinition, FormStep } from '../../model/form-definition.js';
import type { CodeLists } from './code-lists.js';
import type { XdfSchema } from './model.js';
import { walk, type Placement } from './placement.js';
import { choiceGroupRule, translateRules, type RuleOwner } from './rules.js';
import { TreeBuilder, type JsonSchema } from './tree.js';
import type { Warnings } from './warnings.js';

/** Step of the fields that sit directly in the schema, not in a group. */
export const FIRST_STEP_ID = 'angaben';

export interface BuildOptions {
  codeLists?: CodeLists | undefined;
  language?: string | undefined;
}

export function buildDefinition(schema: XdfSchema, options: BuildOptions, warnings: Warnings): z.input<typeof FormDefinition> {
  const tree = new TreeBuilder(warnings, options.codeLists);
  const usedStepIds = new Set([FIRST_STEP_ID]);
  const stepIds = new Map(
    schema.children.map((child) => {
      if (child.element.kind !== 'group') return [child, FIRST_STEP_ID];
      let id = child.element.id;
      for (let n = 2; usedStepIds.has(id); n++) id = `${child.element.id}-${n}`;
      usedStepIds.add(id);
      return [child, id];
    }),
  );
  const root = tree.object(
    schema.children,
    { inner: '', step: FIRST_STEP_ID, parent: undefined, alwaysPresent: true, inRepeated: false, choice: false },
    (child) => stepIds.get(child) ?? FIRST_STEP_ID,
  );
  const placements = [...walk(root.placements)];

  const owners: RuleOwner[] = [
    { rules: schema.rules, placement: undefined, children: root.placements },
    ...placements.filter((p) => p.element.rules.length).map((p) => ({ rules: p.element.rules, placement: p, children: p.children })),
  ];
  const translated = translateRules(owners, root.placements, warnings);
  const rules = [...translated.rules];
  for (const placement of placements) {
    if (placement.element.kind === 'group' && placement.element.choice) {
      const rule = choiceGroupRule(placement);
      if (rule) rules.push(rule);
    }
  }

  const stepVisibility = new Map<string, Condition>();
  for (const { target, condition } of translated.visibility) {
    if (target.role === 'data') {
      const hint = tree.hints[target.pointer] ?? { label: target.element.label };
      hint.visibleIf = and(hint.visibleIf, condition);
      tree.hints[target.pointer] = hint;
      // A top-level group's children are listed on its own step, so the step carries the condition.
      if (target.parent === undefined && target.element.kind === 'group') stepVisibility.set(target.step, and(stepVisibility.get(target.step), condition));
    } else if (target.role === 'file') {
      const attachment = tree.attachments.find((a) => a.id === target.attachmentId);
      // The input type of a lazy zod schema is `unknown`; the builder only ever stores Conditions here.
      if (attachment) attachment.visibleIf = and(attachment.visibleIf as Condition | undefined, condition);
    }
  }

  const attachmentsOn = (step: string) =>
    placements.filter((p) => p.role === 'file' && p.step === step && p.attachmentId).map((p) => p.attachmentId!);
  const describe = (...texts: (string | undefined)[]) => {
    const text = texts.filter((t): t is string => t !== undefined && t !== '').join('\n\n');
    return text ? { description: text } : {};
  };
  const dataPointers = (list: readonly Placement[]) => list.filter((p) => p.role === 'data').map((p) => p.pointer);

  const steps: z.input<typeof FormStep>[] = [];
  const loose = root.placements.filter((p) => p.step === FIRST_STEP_ID);
  if (loose.length) {
    steps.push({
      id: FIRST_STEP_ID,
      title: schema.title,
      ...describe(...(tree.notes.get(FIRST_STEP_ID) ?? [])),
      fields: dataPointers(loose),
      attachments: attachmentsOn(FIRST_STEP_ID),
    });
  }
  for (const group of root.placements.filter((p) => p.step !== FIRST_STEP_ID)) {
    const visibleIf = stepVisibility.get(group.step);
    steps.push({
      id: group.step,
      title: group.element.label,
      ...describe(group.element.help, ...(tree.notes.get(group.step) ?? [])),
      // A repeatable group is one list on its step; a single group's fields are the step.
      fields: group.repeated ? [group.pointer] : dataPointers(group.children),
      attachments: attachmentsOn(group.step),
      ...(visibleIf ? { visibleIf } : {}),
    });
  }

  const dataSchema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: schema.title,
    ...(schema.help ? { description: schema.help } : {}),
    ...(schema.notes ? { $comment: schema.notes } : {}),
    properties: root.properties,
    ...(root.required.length ? { required: root.required } : {}),
  };
  const description = schema.help ?? schema.notes;
  return {
    id: schema.id,
    ...(schema.version ? { version: schema.version } : {}),
    title: schema.title,
    ...(description ? { description } : {}),
    language: options.language ?? 'de',
    ...(schema.version ? { schemaUri: fitConnectSchemaUri(schema.id, schema.version) } : {}),
    schema: dataSchema,
    ui: { steps, fields: tree.hints, rules },
    attachments: tree.attachments,
  };
}

/**
 * FIT-Connect names the JSON Schema of a FIM Stammdatenschema after its id
 * (lower case) and version: `https://schema.fitko.de/fim/s17000717_1.0.schema.json`.
 */
export function fitConnectSchemaUri(id: string, version: string): string {
  return `https://schema.fitko.de/fim/${encodeURIComponent(id.toLowerCase())}_${encodeURIComponent(version)}.schema.json`;
}

function and(existing: Condition | undefined, added: Condition): Condition {
  return existing ? { all: [existing, added] } : added;
}
