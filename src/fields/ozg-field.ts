/**
 * The base class of every form field: a form-associated custom element that
 * behaves like a native control inside any `<form>` (FormData, validity,
 * reset, disabled fieldsets, state restore) and renders label, hint, error
 * and control in its shadow root, linked for assistive technology.
 *
 * Errors are checked by the shared functions of `src/forms/validation.ts` and
 * worded by `validationMessage`, so a field says the same thing standalone
 * and inside `<ozg-application-form>`. They are *shown* only once the citizen
 * changed the field and left it, or when `showErrors` is set (the form tried
 * to continue, `reportValidity()`, a form submission); from then on they
 * update live while the citizen corrects the entry.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ValidationError } from '../forms/validation.js';
import { validationMessage } from '../forms/validation-messages.js';
import { LanguageController } from '../i18n/language-controller.js';
import type { Params } from '../i18n/messages.js';
import { baseStyles } from '../ui/base-styles.js';
import { markKioskHost } from '../ui/kiosk-context.js';
import { fieldMessages, type FieldMessageKey } from './messages.js';
import { fieldStyles } from './styles.js';
import { validityFlags } from './validity-flags.js';

/** What a field hands to its form: one string, one file, several entries, or nothing. */
export type FormValue = string | File | FormData | null;

/** Which wording `validationMessage` uses for "required": a text, a choice or a file. */
export type ErrorKind = 'text' | 'choice' | 'file';

/** A problem found in the field, with the control it concerns (for focus and the error link). */
export interface FieldProblem {
  error: ValidationError;
  /** The inner control to focus; the field's main control when left out. */
  anchor?: HTMLElement | null | undefined;
  /** Put before the message in `validationMessage`, e.g. "Postleitzahl" for a part of an address. */
  context?: string | undefined;
}

export abstract class OzgField<V = string> extends LitElement {
  /** Form-associated: the field takes part in its `<form>` like a native control. */
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, fieldStyles];

  /** Name of the entry (or entries) in the form data. */
  @property({ reflect: true }) name = '';
  /** The visible label (legend for groups); also the control's accessible name. */
  @property() label = '';
  /** Help text below the label, linked to the control with `aria-describedby`. */
  @property() hint = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /**
   * A message set from outside (a cross-field rule, the backend): shown at
   * once and reported as a custom validity error until set back to `''`.
   */
  @property() error = '';
  /** Show errors now, not only after the citizen left the field (the form tried to continue). */
  @property({ type: Boolean, reflect: true, attribute: 'show-errors' }) showErrors = false;
  /** HTML `autocomplete` token for the control, e.g. `family-name`. */
  @property() autocomplete = '';
  @property() placeholder = '';

  /** The citizen changed the field and left it: its errors show from now on. */
  @state() protected touched = false;
  /** Disabled by an ancestor `<fieldset disabled>` or the form. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();
  protected readonly languageController = new LanguageController(this);

  /** Changed since the last time focus left the field. */
  #changed = false;
  /** Set while `checkValidity()` runs, so its `invalid` event does not show errors. */
  #silentCheck = false;

  constructor() {
    super();
    // A submission attempt (or form.reportValidity()) fires `invalid` on every
    // invalid field: show all inline errors, GOV.UK style, not only the first.
    this.addEventListener('invalid', () => {
      if (!this.#silentCheck) this.showErrors = true;
    });
  }

  // ---- the value, implemented per type --------------------------------------------------------

  abstract get value(): V;
  abstract set value(value: V);

  /** The constraint problem of the current value, if any (not the external `error`). */
  protected abstract check(): FieldProblem | undefined;
  /** What goes into the form data. */
  protected abstract formValue(): FormValue;
  /** Back to the default value (form reset). */
  protected abstract resetValue(): void;
  /** Restores what {@link formState} saved (back/forward navigation, autofill). */
  protected abstract restoreState(state: FormValue): void;
  /** The main inner control: focus target and error anchor. */
  protected abstract mainControl(): HTMLElement | null;

  /** What the browser keeps to restore the field; the form value unless a type needs more. */
  protected formState(): FormValue {
    return this.formValue();
  }

  protected errorKind(): ErrorKind {
    return 'text';
  }

  // ---- language -------------------------------------------------------------------------------

  /** The resolved language of the field, e.g. `de` or `en`. */
  get language(): string {
    return this.languageController.language;
  }

  protected msg(key: FieldMessageKey, params?: Params): string {
    return fieldMessages.format(this.language, key, params);
  }

  // ---- native-like API ------------------------------------------------------------------------

  /** The form the field belongs to, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The `<label>` elements of the page that point at the field, as for native controls. */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** The field's validity flags, as for native controls (`valueMissing`, `patternMismatch`, `customError` …). */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message the field reports when invalid, worded as the field shows it. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the field is checked on submission (not when disabled or read-only). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Checks without showing anything (unlike `form.checkValidity()`, which the field cannot tell from a submission). */
  checkValidity(): boolean {
    this.syncFormState();
    this.#silentCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#silentCheck = false;
    }
  }

  /** Checks, shows the inline error and focuses the control with the problem. */
  reportValidity(): boolean {
    this.syncFormState();
    this.showErrors = true;
    const valid = this.internals.reportValidity();
    if (!valid) (this.#problemAnchor() ?? this).focus();
    return valid;
  }

  /** The message the field shows and reports: its own problem first, else the external `error`. */
  protected currentMessage(): string | undefined {
    const problem = this.check();
    if (problem) return this.describe(problem);
    return this.error || undefined;
  }

  protected describe(problem: FieldProblem): string {
    const text = validationMessage(this.language, problem.error, this.errorKind());
    return problem.context ? `${problem.context}: ${text}` : text;
  }

  /** The error shown under the label: none while the citizen is still on their first entry. */
  protected visibleError(): string | undefined {
    const message = this.currentMessage();
    if (!message) return undefined;
    if (this.showErrors || this.touched) return message;
    return this.error || undefined;
  }

  #problemAnchor(): HTMLElement | null {
    return this.check()?.anchor ?? this.mainControl();
  }

  /** Hands value and validity to the form. Cheap; called after every render and every change. */
  protected syncFormState(): void {
    this.internals.setFormValue(this.formValue(), this.formState());
    const problem = this.check();
    const anchor = (problem?.anchor ?? this.mainControl()) || undefined;
    if (problem) this.internals.setValidity(validityFlags(problem.error.code), this.describe(problem), anchor);
    else if (this.error) this.internals.setValidity(validityFlags('custom'), this.error, anchor);
    else this.internals.setValidity({});
  }

  // ---- interaction ----------------------------------------------------------------------------

  /** Call when the citizen changed the value (an `input`): form value and validity follow at once. */
  protected userInput(): void {
    this.#changed = true;
    this.syncFormState();
    this.requestUpdate();
  }

  /** Call when the citizen committed a value: the host fires `change`, as native controls do. */
  protected userChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Call from controls that change without an `input` event (remove buttons, drop). */
  protected userInputAndChange(): void {
    this.userInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.userChange();
  }

  /** Focus left the field after a change: from now on its errors show. */
  readonly #onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.renderRoot.contains(next)) return;
    if (this.#changed) this.touched = true;
    this.#changed = false;
  };

  /** Marks the field as touched at once, for controls whose result the citizen needs to see now (files). */
  protected markTouched(): void {
    this.touched = true;
  }

  /** An element of the shadow root; none before the field was first connected (a property set by a template). */
  protected inside<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    const root = this.renderRoot as ParentNode | undefined;
    return root?.querySelector<T>(selector) ?? null;
  }

  /** Disabled itself or by an ancestor fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Whether the label gets "(optional)". Groups with a minimum count override it. */
  protected get isRequired(): boolean {
    return this.required;
  }

  // ---- form callbacks -------------------------------------------------------------------------

  /** Called by the browser when the form is reset: back to the initial value, errors hidden. */
  formResetCallback(): void {
    this.resetValue();
    this.touched = false;
    this.showErrors = false;
    this.error = '';
    this.#changed = false;
    this.syncFormState();
    this.requestUpdate();
  }

  /** Called by the browser when an ancestor `<fieldset>` or the form is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser to restore what the citizen had entered (back/forward navigation, autofill). */
  formStateRestoreCallback(state: FormValue): void {
    this.restoreState(state);
    this.syncFormState();
    this.requestUpdate();
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    markKioskHost(this);
    this.renderRoot.addEventListener('focusout', this.#onFocusOut as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('focusout', this.#onFocusOut as EventListener);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormState();
  }

  // ---- rendering helpers ----------------------------------------------------------------------

  protected override render(): TemplateResult {
    const message = this.visibleError();
    return html`<div class="field ${message ? 'invalid' : ''}" part="field" lang=${this.language} dir=${this.languageController.direction}>
      ${this.renderField(message)}
    </div>`;
  }

  /** Label, hint, error and control(s). `message` is the error to show, if any. */
  protected abstract renderField(message: string | undefined): unknown;

  /** The label text with "(optional)" for optional fields (GOV.UK: mark the optional, not the required). */
  protected renderLabelText(): TemplateResult {
    return html`${this.label}${this.isRequired ? nothing : html` <span class="optional">${this.msg('fields.optional')}</span>`}`;
  }

  protected renderLabel(forId = 'control'): TemplateResult {
    return html`<label id="label" class="label" for=${forId} part="label">${this.renderLabelText()}</label>`;
  }

  protected renderLegend(): TemplateResult {
    return html`<legend id="label" class="label" part="label">${this.renderLabelText()}</legend>`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing;
  }

  /** The error, above the control (GOV.UK); "Fehler:" is read but not shown. */
  protected renderError(message: string | undefined): TemplateResult | typeof nothing {
    if (!message) return nothing;
    return html`<p id="error" class="error-message" part="error">
      <span class="visually-hidden">${this.msg('fields.errorPrefix')}</span> ${message}
    </p>`;
  }

  /** `aria-describedby` for the control: hint and the shown error, plus extra ids. */
  protected describedBy(message: string | undefined, ...extra: (string | false | undefined)[]): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', message ? 'error' : '', ...extra].filter((id): id is string => Boolean(id));
    return ids.length ? ids.join(' ') : nothing;
  }
}
