/**
 * Translates XDatenfelder `regel`s into cross-field rules and visibility
 * conditions where they say something the form can check, in one of the forms
 * listed in docs/forms-xdatenfelder.md ("Regeln"). Everything else — scripts,
 * calculations, free text in other words — becomes a warning that keeps the
 * rule's name and text. Rules are read from the name and the free text
 * (`freitextRegel`, v2 `definition`); scripts are never run.
 */
import type * as z from 'zod/mini';
import type { Condition, CrossFieldRule } from '../../model/form-definition.js';
import { canonicalId } from './known-fields.js';
import type { XdfRule } from './model.js';
import { isRepeated } from './multiplicity.js';
import { walk, type Placement } from './placement.js';
import { parseBoolean, parseNumber } from './tree.js';
import type { Warnings } from './warnings.js';

/** An element that carries rules: a placed group or field, or the schema itself (no placement). */
export interface RuleOwner {
  rules: readonly XdfRule[];
  placement: Placement | undefined;
  /** The owner's children (for the schema: its top-level elements). */
  children: readonly Placement[];
}

export interface Visibility {
  target: Placement;
  condition: Condition;
}

export interface TranslatedRules {
  rules: z.input<typeof CrossFieldRule>[];
  visibility: Visibility[];
}

/** FIM element ids as they appear in rule texts: F or G and digits (`F60000227`, `G00001`). */
const ELEMENT_ID = /\b[FG]\d{3,12}\b/g;
const QUOTED = /["'„“‚‘»«]([^"'„“”‚‘’»«]+)["'“”‘’»«]/;

export function translateRules(owners: readonly RuleOwner[], roots: readonly Placement[], warnings: Warnings): TranslatedRules {
  const result: TranslatedRules = { rules: [], visibility: [] };
  const byId = new Map<string, Placement[]>();
  for (const placement of walk(roots)) {
    const key = canonicalId(placement.element.id);
    byId.set(key, [...(byId.get(key) ?? []), placement]);
  }
  for (const owner of owners) {
    for (const rule of owner.rules) {
      const reason = translate(rule, owner, byId, result);
      if (reason !== undefined) {
        warnings.add({
          code: 'rule-not-translated',
          element: rule.id,
          ...(owner.placement ? { pointer: owner.placement.pointer } : {}),
          message: `Rule ${rule.id} "${rule.name}" was not translated: ${reason}. Check it by hand.`,
          rule: { id: rule.id, name: rule.name, ...(rule.text ? { text: rule.text } : {}), ...(rule.script ? { script: rule.script } : {}) },
        });
      }
    }
  }
  return result;
}

/** Adds what the rule says to `result`; returns why not when it cannot. */
function translate(rule: XdfRule, owner: RuleOwner, byId: Map<string, Placement[]>, result: TranslatedRules): string | undefined {
  if (rule.type === 'B') return 'it is a calculation (typ B)';
  const text = rule.text ?? '';
  const compactName = rule.name.replace(/[\s_-]/g, '').toLowerCase();
  const mentioned = [...text.matchAll(ELEMENT_ID)].map((match) => ({ id: match[0], index: match.index }));
  const unknown = mentioned.filter((m) => !byId.has(canonicalId(m.id)));
  if (unknown.length) return `it names ${unknown.map((m) => m.id).join(', ')}, which the schema does not contain`;
  const resolve = (id: string) => pick(byId.get(canonicalId(id)) ?? [], owner.placement);

  if (/^\s*(?:wenn|falls|sofern)\b/i.test(text)) return conditional(rule, text, mentioned, resolve, result);

  const exactlyOne = /\bentweder\b[\s\S]*\boder\b/i.test(text) || /genau\s*(?:eine?[rsnm]?|1)\b/i.test(`${rule.name} ${text}`) || compactName.startsWith('genaueine');
  const atLeastOne = compactName.startsWith('mindesteine') || compactName.startsWith('mindestenseine') || /mindestens\s+(?:eine?[rsnm]?|1)\b/i.test(text);
  if (!exactlyOne && !atLeastOne) return 'its wording is not one the importer understands';

  const ownId = owner.placement?.element.id;
  const named = mentioned.filter((m) => m.id !== ownId).map((m) => resolve(m.id));
  const alternatives = unique(named.length ? named : owner.children.filter((c) => c.role === 'data'));
  const conditions = alternatives.map((a) => filled(a)).filter((c): c is Condition => c !== undefined);
  if (conditions.length < (exactlyOne ? 2 : 1)) return 'it has no fields to apply to';
  const fields = alternatives.flatMap(leaves);
  const labels = alternatives.map((a) => a.element.label).join(', ');
  const ownerOptional = owner.placement !== undefined && owner.placement.multiplicity.min === 0 && !isRepeated(owner.placement.multiplicity);
  if (exactlyOne) {
    result.rules.push({
      id: rule.id,
      // An optional owner may stay empty; once something is filled, exactly one must be.
      ...(ownerOptional ? { when: { any: conditions } } : {}),
      require: exactlyOneOf(conditions),
      fields,
      message: {
        de: `Bitte füllen Sie genau eines dieser Felder aus: ${labels}.`,
        en: `Please fill in exactly one of these fields: ${labels}.`,
      },
    });
    return undefined;
  }
  // "At least one" on an optional owner holds by itself: an empty optional group is simply left out.
  if (ownerOptional) return undefined;
  result.rules.push({
    id: rule.id,
    require: conditions.length === 1 ? conditions[0]! : { any: conditions },
    fields,
    message: {
      de: `Bitte füllen Sie mindestens eines dieser Felder aus: ${labels}.`,
      en: `Please fill in at least one of these fields: ${labels}.`,
    },
  });
  return undefined;
}

/**
 * "Wenn F1 'Ja' ist, dann ist G2 anzuzeigen / muss G2 befüllt werden."
 * The first id is the trigger; the clause up to the first comma or "dann" is
 * the condition (a quoted value, `= value`, "befüllt", "nicht befüllt");
 * the ids after it are the targets; the rest says what happens to them.
 */
function conditional(
  rule: XdfRule,
  text: string,
  mentioned: { id: string; index: number }[],
  resolve: (id: string) => Placement,
  result: TranslatedRules,
): string | undefined {
  const [first] = mentioned;
  if (!first) return 'its condition names no field';
  const afterTrigger = first.index + first.id.length;
  const rest = text.slice(afterTrigger);
  const split = /,|\bdann\b/i.exec(rest);
  const secondId = mentioned.find((m) => m.index >= afterTrigger);
  const clauseEnd = split ? afterTrigger + split.index : (secondId?.index ?? text.length);
  const clause = text.slice(afterTrigger, clauseEnd);
  const consequence = text.slice(clauseEnd);
  const trigger = resolve(first.id);
  const condition = conditionOn(trigger, clause);
  if (!condition) return `the condition on ${first.id} is not in a form the importer understands`;
  const targets = unique(mentioned.filter((m) => m.index >= clauseEnd).map((m) => resolve(m.id))).filter((t) => t !== trigger);
  if (!targets.length) return 'its consequence names no field';
  const show = /anzuzeigen|angezeigt|einzublenden|eingeblendet|sichtbar/i.test(consequence);
  const require =
    /pflicht|verpflichtend|erforderlich|auszufüllen|zu befüllen|anzugeben|(?:befüllt|ausgefüllt|angegeben) werden/i.test(consequence);
  if (!show && !require) return 'its consequence is not "anzuzeigen" or "auszufüllen"';
  if (show) for (const target of targets) result.visibility.push({ target, condition });
  if (require) {
    const required = targets.map(filled).filter((c): c is Condition => c !== undefined);
    if (!required.length) return 'its targets hold no data';
    const labels = targets.map((t) => t.element.label).join(', ');
    result.rules.push({
      id: rule.id,
      when: condition,
      require: required.length === 1 ? required[0]! : { all: required },
      fields: targets.flatMap(leaves),
      message: { de: `Bitte füllen Sie aus: ${labels}.`, en: `Please fill in: ${labels}.` },
    });
  }
  return undefined;
}

function conditionOn(trigger: Placement, clause: string): Condition | undefined {
  const quoted = QUOTED.exec(clause)?.[1];
  const raw = quoted ?? /(?:=|\bgleich\b|\bden wert\b)\s*([^\s,.;]+)/i.exec(clause)?.[1];
  if (raw !== undefined) {
    const value = valueFor(trigger, raw.trim());
    if (value === undefined) return undefined;
    const negated = /ungleich|!=|≠|\bnicht\b|\bkein/i.test(clause);
    return negated ? { field: trigger.pointer, notEquals: value } : { field: trigger.pointer, equals: value };
  }
  if (/\bnicht\b[^,]*\b(?:befüllt|ausgefüllt|angegeben|gesetzt|ausgewählt)|\bleer\b/i.test(clause)) {
    const condition = filled(trigger);
    return condition ? { not: condition } : undefined;
  }
  if (/befüllt|ausgefüllt|angegeben|gesetzt|ausgewählt|angekreuzt/i.test(clause)) return filled(trigger);
  return undefined;
}

/** The trigger's value as the data holds it: a code for a select (also found by label), a boolean, a number. */
function valueFor(trigger: Placement, raw: string): string | number | boolean | undefined {
  if (trigger.role !== 'data' || trigger.element.kind !== 'field') return undefined;
  if (trigger.choices) {
    const lower = raw.toLowerCase();
    return (trigger.choices.find((c) => c.code === raw) ?? trigger.choices.find((c) => c.label.toLowerCase() === lower))?.code;
  }
  switch (trigger.valueType) {
    case 'boolean':
      return parseBoolean(raw);
    case 'number':
      return parseNumber(raw);
    case 'integer': {
      const number = parseNumber(raw);
      return number !== undefined && Number.isInteger(number) ? number : undefined;
    }
    default:
      return raw;
  }
}

/** "Something is filled in here": the value itself, or any field of a single group. */
function filled(placement: Placement): Condition | undefined {
  if (placement.role !== 'data') return undefined;
  if (placement.element.kind === 'field' || placement.repeated) return { field: placement.pointer, filled: true };
  const parts = placement.children.map(filled).filter((c): c is Condition => c !== undefined);
  if (parts.length <= 1) return parts[0];
  return { any: parts };
}

/** Pointers a rule's message is shown at: the data fields (or lists) inside. */
function leaves(placement: Placement): string[] {
  if (placement.role !== 'data') return [];
  if (placement.element.kind === 'field' || placement.repeated) return [placement.pointer];
  return placement.children.flatMap(leaves);
}

function exactlyOneOf(conditions: readonly Condition[]): Condition {
  return {
    any: conditions.map((chosen, i) => ({
      all: [chosen, ...conditions.filter((_, j) => j !== i).map((other) => ({ not: other }))],
    })),
  };
}

/** Of several placements of one id, the one inside the rule's owner, else the first. */
function pick(candidates: readonly Placement[], owner: Placement | undefined): Placement {
  const inside = owner ? candidates.find((c) => c.pointer.startsWith(`${owner.inner}/`) || c === owner) : undefined;
  return inside ?? candidates[0]!;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * An Auswahlgruppe (v3 `art` X) holds exactly one of its children. When the
 * group itself is optional, the rule applies only once something in it is filled.
 */
export function choiceGroupRule(group: Placement): z.input<typeof CrossFieldRule> | undefined {
  const alternatives = group.children.filter((c) => c.role === 'data');
  const conditions = alternatives.map(filled).filter((c): c is Condition => c !== undefined);
  if (conditions.length < 2) return undefined;
  const optional = group.multiplicity.min === 0 && !group.repeated;
  const labels = alternatives.map((a) => a.element.label).join(', ');
  return {
    id: `${group.element.id}-auswahl`,
    ...(optional ? { when: { any: conditions } } : {}),
    require: exactlyOneOf(conditions),
    fields: alternatives.flatMap(leaves),
    message: {
      de: `Bitte füllen Sie genau eines dieser Felder aus: ${labels}.`,
      en: `Please fill in exactly one of these fields: ${labels}.`,
    },
  };
}
