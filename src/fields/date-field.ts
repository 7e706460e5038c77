import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { validateDate } from '../forms/validation.js';
import type { FieldMessageKey } from './messages.js';
import { OzgField, type FieldProblem, type FormValue } from './ozg-field.js';
import { partStyles } from './part-styles.js';

type Part = 'day' | 'month' | 'year';
export type DateParts = Record<Part, string>;

const PARTS: readonly Part[] = ['day', 'month', 'year'];
const EMPTY: DateParts = { day: '', month: '', year: '' };

/** `2024-03-05` → `{ day: '5', month: '3', year: '2024' }`; anything else → empty boxes. */
export function dateParts(value: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return { ...EMPTY };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/** The ISO form of three boxes, if each holds digits of the right length (the date may still not exist). */
export function isoFromParts(parts: DateParts): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * `<ozg-date-field>`: a date as three boxes Tag / Monat / Jahr in a fieldset
 * (the GOV.UK date input pattern: easy to type, no calendar widget to
 * operate). `value` is ISO `YYYY-MM-DD` once the three boxes make a real
 * date, else `''`.
 *
 * @summary Date of three boxes (day, month, year) in a fieldset.
 * @element ozg-date-field
 * @attr name - name of the form data entry (ISO date)
 * @attr label - the legend of the fieldset, also its accessible name
 * @attr hint - help text, e.g. "Zum Beispiel 27 3 2007"
 * @attr value - the initial value as `YYYY-MM-DD` (restored by form reset)
 * @attr required - the date must be given
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - `bday` fills the boxes with `bday-day`, `bday-month`, `bday-year`
 * @attr min-date - earliest allowed date, `YYYY-MM-DD`
 * @attr max-date - latest allowed date, `YYYY-MM-DD`
 * @attr placeholder - not used by the date field (the boxes are labelled Tag, Monat, Jahr)
 * @fires change - when the citizen committed a change in one of the boxes
 * @fires input - while the citizen types in one of the boxes (the inner event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the legend
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - each of the three inputs
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum size of the boxes
 */
export class OzgDateField extends OzgField<string> {
  static override styles = [...OzgField.styles, partStyles];
  /** The initial value, `YYYY-MM-DD`, from the `value` attribute. */
  @property({ attribute: 'value' }) defaultValue = '';
  @property({ attribute: 'min-date' }) minDate = '';
  @property({ attribute: 'max-date' }) maxDate = '';

  #parts: DateParts | undefined;

  /** What the three boxes hold. */
  get parts(): DateParts {
    return { ...(this.#parts ?? dateParts(this.defaultValue)) };
  }

  /** The date as `YYYY-MM-DD` once the three boxes make a real date, else `''`. Setting it fills the boxes. */
  get value(): string {
    const iso = isoFromParts(this.parts);
    return iso !== undefined && validateDate(iso, {}) === undefined ? iso : '';
  }
  set value(value: string) {
    const old = this.value;
    const next = value === undefined || value === null ? '' : String(value);
    // Writing back what the field reported ('' while the date is incomplete) keeps the boxes as typed.
    if (next === old && this.#parts !== undefined) return;
    this.#parts = dateParts(next);
    this.requestUpdate('value', old);
    this.syncFormState();
  }

  #input(part: Part): HTMLInputElement | null {
    return this.inside<HTMLInputElement>(`#${part}`);
  }

  protected check(): FieldProblem | undefined {
    const parts = this.parts;
    const empty = PARTS.filter((part) => parts[part].trim() === '');
    if (empty.length === PARTS.length) return this.required ? { error: { code: 'required' }, anchor: this.#input('day') } : undefined;
    const iso = isoFromParts(parts);
    if (iso === undefined) {
      const wrong = PARTS.find((part) => !(part === 'year' ? /^\d{4}$/ : /^\d{1,2}$/).test(parts[part].trim())) ?? 'day';
      return { error: { code: 'date' }, anchor: this.#input(wrong) };
    }
    const error = validateDate(iso, { minDate: this.minDate || undefined, maxDate: this.maxDate || undefined });
    return error && { error, anchor: this.#input('day') };
  }

  /** The boxes to mark invalid: the empty or malformed ones if that is the problem, else all three. */
  #invalidParts(): Set<Part> {
    const problem = this.check();
    if (problem?.error.code !== 'date') return new Set(PARTS);
    const parts = this.parts;
    const wrong = PARTS.filter((part) => !(part === 'year' ? /^\d{4}$/ : /^\d{1,2}$/).test(parts[part].trim()));
    return new Set(wrong.length ? wrong : PARTS);
  }

  protected formValue(): FormValue {
    return this.value;
  }
  protected override formState(): FormValue {
    return JSON.stringify(this.parts);
  }
  protected restoreState(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const parsed = JSON.parse(state) as Partial<DateParts>;
      this.#parts = { day: String(parsed.day ?? ''), month: String(parsed.month ?? ''), year: String(parsed.year ?? '') };
    } catch {
      this.#parts = dateParts(state);
    }
  }
  protected resetValue(): void {
    this.#parts = undefined;
  }
  protected mainControl(): HTMLElement | null {
    return this.#input('day');
  }

  protected renderField(message: string | undefined): TemplateResult {
    const invalid = message ? this.#invalidParts() : new Set<Part>();
    return html`<fieldset aria-describedby=${this.describedBy(message)}>
      ${this.renderLegend()}${this.renderHint()}${this.renderError(message)}
      <div class="parts">${PARTS.map((part) => this.#renderPart(part, invalid.has(part)))}</div>
    </fieldset>`;
  }

  #renderPart(part: Part, invalid: boolean): TemplateResult {
    const key: FieldMessageKey = `fields.date.${part}`;
    const bday = this.autocomplete === 'bday' ? `bday-${part}` : undefined;
    return html`<div class="part">
      <label class="label" for=${part}>${this.msg(key)}</label>
      <input
        id=${part}
        part="control"
        class="input ${part === 'year' ? 'width-4' : 'width-2'}"
        type="text"
        inputmode="numeric"
        .value=${live(this.parts[part])}
        autocomplete=${bday ?? nothing}
        ?required=${this.required}
        aria-required=${this.required ? 'true' : nothing}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${(event: Event) => this.#onInput(part, event)}
        @change=${() => this.userChange()}
      />
    </div>`;
  }

  #onInput(part: Part, event: Event): void {
    this.#parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.userInput();
  }
}
