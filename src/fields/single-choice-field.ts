/**
 * Shared base of the fields with one answer out of a list (select, radio
 * group, yes/no): options from the property or from `<option>` children,
 * the chosen value, and the check that it is one of the options.
 */
import { property } from 'lit/decorators.js';
import { validateText } from '../forms/validation.js';
import { OzgField, type ErrorKind, type FieldProblem, type FormValue } from './ozg-field.js';
import { LightOptionsController, type FieldOption } from './options.js';

export abstract class SingleChoiceField extends OzgField<string> {
  /** The initial choice, from the `value` attribute (or an `<option selected>` child). */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The options; without them, the `<option>` children are used. As an attribute: JSON. */
  @property({ type: Array }) options: FieldOption[] | undefined;

  protected readonly lightOptions = new LightOptionsController(this);
  #value: string | undefined;

  /** The options shown. */
  protected get choices(): FieldOption[] {
    return this.options ?? this.lightOptions.options;
  }

  /** The chosen value; `''` when nothing is chosen. Setting it does not count as a change by the citizen and fires no event. */
  get value(): string {
    return this.#value ?? (this.defaultValue || this.lightOptions.selected[0] || '');
  }
  set value(value: string) {
    const old = this.value;
    this.#value = value === undefined || value === null ? '' : String(value);
    this.requestUpdate('value', old);
    this.syncFormState();
  }

  /** The citizen chose `value`. Read-only fields keep their value (the control is reset on the next render). */
  protected choose(value: string): void {
    if (this.readonly) {
      this.requestUpdate();
      return;
    }
    this.#value = value;
    this.userInput();
  }

  protected override errorKind(): ErrorKind {
    return 'choice';
  }

  protected check(): FieldProblem | undefined {
    const choices = this.choices;
    const error = validateText(this.value, { required: this.required, options: choices.length ? choices.map((option) => option.value) : undefined });
    return error && { error };
  }

  protected formValue(): FormValue {
    return this.value;
  }
  protected restoreState(state: FormValue): void {
    if (typeof state === 'string') this.#value = state;
  }
  protected resetValue(): void {
    this.#value = undefined;
  }
}
