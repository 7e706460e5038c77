/**
 * Renders compiled form fields with the field components. Every field
 * element carries `data-pointer` (where its value lives in the form data);
 * the form listens for `input`/`change` once and writes values back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { holds } from '../../src/forms/conditions.js';
import { itemCount, type FormData } from '../../src/forms/form-data.js';
import type { FieldNode } from '../../src/forms/form-model.js';
import { concrete, getAt } from '../../src/forms/pointer.js';
import { fieldBase, type FieldBase } from './field-base.js';

export interface FieldRenderContext {
  data: FormData;
  /** The citizen tried to continue: fields show their errors now. */
  showErrors: boolean;
  /** Messages from cross-field rules or the backend, by concrete pointer. */
  externalErrors: ReadonlyMap<string, string>;
}

/** A stable element id for a field (the error summary links to it). */
export function fieldId(pointer: string): string {
  return `f${pointer.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Address parts of the address component, by FIM id or, failing that, by position. */
const ADDRESS_PARTS = ['street', 'houseNumber', 'postalCode', 'city', 'addition'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
const FIM_ADDRESS: Record<string, AddressPart> = {
  F60000243: 'street',
  F60000244: 'houseNumber',
  F60000246: 'postalCode',
  F60000247: 'city',
  F60000248: 'addition',
};

/** Which child field of an address group holds which part. */
export function addressParts(node: FieldNode): Map<AddressPart, FieldNode> {
  const children = node.children ?? [];
  const parts = new Map<AddressPart, FieldNode>();
  for (const child of children) {
    const part = FIM_ADDRESS[child.key];
    if (part) parts.set(part, child);
  }
  if (parts.size === 0) children.slice(0, ADDRESS_PARTS.length).forEach((child, i) => parts.set(ADDRESS_PARTS[i]!, child));
  return parts;
}

export function renderFields(nodes: readonly FieldNode[], context: FieldRenderContext, indices: number[] = []): TemplateResult[] {
  const result: TemplateResult[] = [];
  for (const node of nodes) {
    if (node.visibleIf && !holds(node.visibleIf, context.data, indices)) continue;
    result.push(renderField(node, context, indices));
  }
  return result;
}

function renderField(node: FieldNode, context: FieldRenderContext, indices: number[]): TemplateResult {
  const pointer = concrete(node.pointer, indices);
  const value = getAt(context.data, pointer);
  const text = value === undefined || value === null ? '' : String(value);
  const id = fieldId(pointer);
  const error = context.externalErrors.get(pointer) ?? '';
  const c = node.constraints;
  const show = context.showErrors || error !== '';
  const base: FieldBase = { id, pointer, label: node.label, hint: node.help, required: c.required, error, show };

  switch (node.kind) {
    case 'group':
      return html`<fieldset class="group" id=${id}>
        <legend>${node.label}</legend>
        ${node.help ? html`<p class="group-help">${node.help}</p>` : nothing} ${renderFields(node.children ?? [], context, indices)}
      </fieldset>`;
    case 'repeatable': {
      const count = itemCount(node, context.data, indices);
      return html`<ozg-repeatable-group
        id=${id}
        data-pointer=${pointer}
        data-kind="repeatable"
        controlled
        label=${node.label}
        hint=${ifDefined(node.help)}
        min=${c.minItems ?? 1}
        max=${ifDefined(c.maxItems)}
      >
        ${Array.from(
          { length: count },
          (_, i) => html`<div class="item" data-index=${i}>${renderFields(node.children ?? [], context, [...indices, i])}</div>`,
        )}
      </ozg-repeatable-group>`;
    }
    case 'address': {
      const parts = addressParts(node);
      const address = Object.fromEntries([...parts].map(([part, child]) => [part, String(getAt(context.data, concrete(child.pointer, indices)) ?? '')]));
      return html`<ozg-address-group
        id=${id}
        data-pointer=${pointer}
        data-kind="address"
        label=${node.label}
        hint=${ifDefined(node.help)}
        ?required=${node.required}
        .value=${address}
        .error=${error}
        ?show-errors=${show}
      ></ozg-address-group>`;
    }
    case 'checkboxes':
      return html`<ozg-checkbox-group
        ${fieldBase(base)}
        min-items=${ifDefined(c.minItems)}
        max-items=${ifDefined(c.maxItems)}
        .options=${node.options ?? []}
        .value=${Array.isArray(value) ? value : []}
      ></ozg-checkbox-group>`;
    case 'checkbox':
      return html`<ozg-checkbox-field ${fieldBase(base)} data-kind="checkbox" .checked=${value === true || value === 'true'}></ozg-checkbox-field>`;
    case 'radio':
      return html`<ozg-radio-group ${fieldBase(base)} .options=${node.options ?? []} .value=${text}></ozg-radio-group>`;
    case 'select':
      return html`<ozg-select-field ${fieldBase(base)} .options=${node.options ?? []} .value=${text}></ozg-select-field>`;
    case 'yes-no':
      return html`<ozg-yes-no-field ${fieldBase(base)} .value=${text}></ozg-yes-no-field>`;
  }
  // The fields that can be read-only.
  const editable = { ...base, readonly: node.readOnly };
  switch (node.kind) {
    case 'number':
      return html`<ozg-number-field
        ${fieldBase(editable)}
        ?integer=${c.integer}
        min=${ifDefined(c.minimum)}
        max=${ifDefined(c.maximum)}
        .value=${text}
      ></ozg-number-field>`;
    case 'date':
      return html`<ozg-date-field
        ${fieldBase(editable)}
        autocomplete=${ifDefined(node.autocomplete)}
        min-date=${ifDefined(c.minDate)}
        max-date=${ifDefined(c.maxDate)}
        .value=${text}
      ></ozg-date-field>`;
    case 'textarea':
      return html`<ozg-textarea-field
        ${fieldBase(editable)}
        minlength=${ifDefined(c.minLength)}
        maxlength=${ifDefined(c.maxLength)}
        .value=${text}
      ></ozg-textarea-field>`;
    case 'email':
      return html`<ozg-email-field
        ${fieldBase(editable)}
        autocomplete=${ifDefined(node.autocomplete)}
        maxlength=${ifDefined(c.maxLength)}
        .value=${text}
      ></ozg-email-field>`;
    case 'phone':
      return html`<ozg-phone-field
        ${fieldBase(editable)}
        autocomplete=${ifDefined(node.autocomplete)}
        maxlength=${ifDefined(c.maxLength)}
        .value=${text}
      ></ozg-phone-field>`;
    case 'iban':
      return html`<ozg-iban-field ${fieldBase(editable)} .value=${text}></ozg-iban-field>`;
    case 'postcode':
      return html`<ozg-postcode-field ${fieldBase(editable)} .value=${text}></ozg-postcode-field>`;
    default:
      return html`<ozg-text-field
        ${fieldBase(editable)}
        autocomplete=${ifDefined(node.autocomplete)}
        placeholder=${ifDefined(node.placeholder)}
        minlength=${ifDefined(c.minLength)}
        maxlength=${ifDefined(c.maxLength)}
        pattern=${ifDefined(c.pattern)}
        .value=${text}
      ></ozg-text-field>`;
  }
}
