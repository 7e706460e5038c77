import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { validateText, type ValidationError } from '../forms/validation.js';
import type { FieldMessageKey } from './messages.js';
import { OzgField, type FieldProblem, type FormValue } from './ozg-field.js';
import { partStyles } from './part-styles.js';

export interface AddressValue {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  addition: string;
}
export type AddressPart = keyof AddressValue;

interface PartSpec {
  part: AddressPart;
  label: FieldMessageKey;
  /** Checked as required when the address is (street, postcode, town). */
  needed: boolean;
  /** WHATWG autofill token; street and house number have none of their own. */
  autocomplete?: string;
  width: string;
  inputMode?: string;
}

/** In the order of a German address: street and number, addition, postcode and town. */
const PARTS: readonly PartSpec[] = [
  { part: 'street', label: 'fields.address.street', needed: true, width: 'grow' },
  { part: 'houseNumber', label: 'fields.address.houseNumber', needed: false, width: 'width-5' },
  { part: 'addition', label: 'fields.address.addition', needed: false, autocomplete: 'address-line2', width: 'grow' },
  { part: 'postalCode', label: 'fields.address.postalCode', needed: true, autocomplete: 'postal-code', width: 'width-5', inputMode: 'numeric' },
  { part: 'city', label: 'fields.address.city', needed: true, autocomplete: 'address-level2', width: 'grow' },
];

export const EMPTY_ADDRESS: AddressValue = { street: '', houseNumber: '', postalCode: '', city: '', addition: '' };

/** Any object to an address with all five parts as strings. */
export function toAddress(value: unknown): AddressValue {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const text = (key: AddressPart) => (typeof source[key] === 'string' || typeof source[key] === 'number' ? String(source[key]) : '');
  return { street: text('street'), houseNumber: text('houseNumber'), postalCode: text('postalCode'), city: text('city'), addition: text('addition') };
}

const addressConverter = {
  fromAttribute: (value: string | null): AddressValue => {
    if (!value) return { ...EMPTY_ADDRESS };
    try {
      return toAddress(JSON.parse(value));
    } catch {
      return { ...EMPTY_ADDRESS };
    }
  },
  toAttribute: (value: AddressValue): string => JSON.stringify(value),
};

/**
 * `<ozg-address-group>`: a German postal address as one field — street,
 * house number, address addition, postcode and town, each labelled — in a
 * fieldset. `value` is `{ street, houseNumber, postalCode, city, addition }`;
 * the form data gets `${name}.street`, `${name}.houseNumber`,
 * `${name}.postalCode`, `${name}.city` and `${name}.addition`.
 *
 * Street, postcode and town are required when the group is `required` — or
 * when the citizen started an optional address, so a half address is not
 * sent. The postcode must have five digits. Each part shows its own error.
 *
 * @summary Postal address (street, house number, addition, postcode, town) as one field.
 * @element ozg-address-group
 * @attr name - prefix of the form data entries (`name.street` …)
 * @attr label - the legend, e.g. "Anschrift", also the group's accessible name
 * @attr hint - help text below the legend
 * @attr value - the initial address as JSON `{"street": "…", …}` (restored by form reset)
 * @attr required - street, postcode and town must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside (e.g. "address unknown"), shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - `off`, or a section such as `shipping` put before the address tokens
 * @attr placeholder - not used by the address group (each box has its own label)
 * @fires change - when the citizen committed a change in one of the boxes
 * @fires input - while the citizen types in one of the boxes (the inner event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the legend
 * @csspart hint - the hint
 * @csspart error - the error message (for the whole address, or per part)
 * @csspart control - each input
 * @cssprop --ozg-color-error - colour of the error bar and messages
 * @cssprop --ozg-target-size - minimum height of the boxes
 */
export class OzgAddressGroup extends OzgField<AddressValue> {
  static override styles = [...OzgField.styles, partStyles];
  /** The initial address, from the `value` attribute (JSON). */
  @property({ attribute: 'value', converter: addressConverter }) defaultValue: AddressValue = { ...EMPTY_ADDRESS };

  #value: AddressValue | undefined;

  /** A copy of the current address: set `value` to change it. */
  get value(): AddressValue {
    return { ...(this.#value ?? toAddress(this.defaultValue)) };
  }
  set value(value: Partial<AddressValue>) {
    const old = this.value;
    const next = toAddress(value);
    if (this.#value !== undefined && PARTS.every(({ part }) => next[part] === old[part])) return;
    this.#value = next;
    this.requestUpdate('value', old);
    this.syncFormState();
  }

  #input(part: AddressPart): HTMLInputElement | null {
    return this.inside<HTMLInputElement>(`#${part}`);
  }

  /** Every part's problem, in the order of the parts. */
  #problems(): Map<AddressPart, ValidationError> {
    const value = this.value;
    const started = Object.values(value).some((text) => text.trim() !== '');
    const problems = new Map<AddressPart, ValidationError>();
    for (const spec of PARTS) {
      const error = validateText(value[spec.part], {
        required: spec.needed && (this.required || started),
        format: spec.part === 'postalCode' ? 'postcode' : undefined,
      });
      if (error) problems.set(spec.part, error);
    }
    return problems;
  }

  protected check(): FieldProblem | undefined {
    const [first] = this.#problems();
    if (!first) return undefined;
    const [part, error] = first;
    const spec = PARTS.find((p) => p.part === part);
    return { error, anchor: this.#input(part), context: spec ? this.#partLabel(spec) : undefined };
  }

  #partLabel(spec: PartSpec): string {
    // "Adresszusatz (optional)" → "Adresszusatz" in front of a message.
    return this.msg(spec.label).replace(/\s*\([^)]*\)$/, '');
  }

  protected formValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    const value = this.value;
    for (const spec of PARTS) data.append(`${this.name}.${spec.part}`, value[spec.part]);
    return data;
  }
  protected override formState(): FormValue {
    return JSON.stringify(this.value);
  }
  protected restoreState(state: FormValue): void {
    if (typeof state === 'string') this.#value = addressConverter.fromAttribute(state);
  }
  protected resetValue(): void {
    this.#value = undefined;
  }
  protected mainControl(): HTMLElement | null {
    return this.#input('street');
  }

  #token(spec: PartSpec): string | undefined {
    if (!spec.autocomplete || this.autocomplete === 'off') return undefined;
    return this.autocomplete && this.autocomplete !== 'on' ? `${this.autocomplete} ${spec.autocomplete}` : spec.autocomplete;
  }

  protected renderField(): TemplateResult {
    const showParts = this.showErrors || this.touched;
    const problems = showParts ? this.#problems() : new Map<AddressPart, ValidationError>();
    // The whole-address message (from outside) shows when no part has a problem of its own.
    const groupMessage = problems.size === 0 ? this.visibleError() : undefined;
    return html`<fieldset aria-describedby=${this.describedBy(groupMessage)}>
      ${this.renderLegend()}${this.renderHint()}${this.renderError(groupMessage)}
      <div class="parts">${PARTS.map((spec) => this.#renderPart(spec, problems.get(spec.part)))}</div>
    </fieldset>`;
  }

  #renderPart(spec: PartSpec, error: ValidationError | undefined): TemplateResult {
    const needed = spec.needed && this.required;
    const errorId = `${spec.part}-error`;
    return html`<div class="part ${spec.width === 'grow' ? 'grow' : ''}">
      <label class="label" for=${spec.part}>${this.msg(spec.label)}</label>
      ${error
        ? html`<p id=${errorId} class="part-error" part="error">
            <span class="visually-hidden">${this.msg('fields.errorPrefix')}</span> ${this.describe({ error })}
          </p>`
        : nothing}
      <input
        id=${spec.part}
        part="control"
        class="input ${spec.width === 'grow' ? '' : spec.width}"
        type="text"
        .value=${live(this.value[spec.part])}
        inputmode=${spec.inputMode ?? nothing}
        autocomplete=${this.#token(spec) ?? nothing}
        ?required=${needed}
        aria-required=${needed ? 'true' : nothing}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? errorId : nothing}
        @input=${(event: Event) => this.#onInput(spec.part, event)}
        @change=${() => this.userChange()}
      />
    </div>`;
  }

  #onInput(part: AddressPart, event: Event): void {
    this.#value = { ...this.value, [part]: (event.target as HTMLInputElement).value };
    this.userInput();
  }
}
