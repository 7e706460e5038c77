import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DraftStore, type DraftStorage } from '../../src/forms/draft-store.js';
import { formIssues, isStepVisible, stepIssues, submissionData, type FieldIssue, type FormData } from '../../src/forms/form-data.js';
import type { FieldNode, FormModel, StepModel } from '../../src/forms/form-model.js';
import { holds } from '../../src/forms/conditions.js';
import { concrete, getAt, parsePointer, removeAt, schemaPointerOf, setAt } from '../../src/forms/pointer.js';
import { validateFiles, type ValidationError } from '../../src/forms/validation.js';
import { formatBytes, validationMessage } from '../../src/forms/validation-messages.js';
import { isOzgError } from '../../src/connector/errors.js';
import { resolveConnector } from '../../src/connector/registry.js';
import type { AttachmentSpec } from '../../src/model/form-definition.js';
import type { Receipt, Recipient } from '../../src/model/receipt.js';
import { heading } from '../../src/ui/heading.js';
import { isInKiosk } from '../../src/ui/kiosk-context.js';
import { Loader } from '../../src/ui/loader.js';
import { OzgElement } from '../../src/ui/ozg-element.js';
import { printOnly } from '../../src/ui/print-only.js';
import { renderError, renderLoading } from '../../src/ui/status-views.js';
import { addressParts, fieldId, renderFields } from './field-renderer.js';
import { formMessages, type FormMessageKey } from './messages.js';
import { renderReceipt } from './receipt-view.js';
import { renderReview } from './review-view.js';
import { formStyles } from './styles.js';

type Phase = 'step' | 'review' | 'receipt';

interface SummaryEntry {
  id: string;
  label: string;
  message: string;
}

/** The form and what the connector can do with it. */
interface Loaded {
  model: FormModel;
  canSubmit: boolean;
  /** The authority the application goes to, when the backend's routing says. */
  recipient: Recipient | undefined;
}

/**
 * `<ozg-application-form>`: a citizen applies for a service online — steps
 * with a progress indicator, errors that show at the right time, a review
 * page, sending exactly once, and a printable receipt. Nothing typed is lost:
 * drafts are kept in the browser's session storage (never in kiosk mode), and
 * a failed send keeps everything and offers a retry with the same
 * idempotency key.
 *
 * @summary Application form rendering FIM-based form definitions.
 * @element ozg-application-form
 * @attr connector - configured connector with `forms` and `submission`; default: the page's default connector
 * @attr service - id of the service to apply for (the finder sets it); without it, the page URL's `?leistung=`
 * @attr draft - `session` (default), `local` (kept up to 7 days) or `off`
 * @attr status-target - URL of the page with `<ozg-status-tracker>`; the receipt links there with `?ref=`
 * @attr fallback-url - where to apply instead when this connector cannot receive applications
 * @attr prefill-from - id of a `<script type="application/json">` with prefill values (e.g. from a login)
 * @attr heading-level - level of the form's top headings (default 2)
 * @fires ozg-form-step - `{ index, id }` when a step is shown
 * @fires ozg-form-submitted - `{ reference }` after the backend confirmed the application
 * @slot - fallback content (e.g. a link to a PDF form), shown until the widget runs, and again when the form cannot be loaded or no application can be sent online
 * @csspart root - the widget's container
 * @csspart progress - the step indicator
 * @csspart error-summary - the list of problems at the top of a step
 * @csspart notice - a notice: no service given, no online form, draft restored
 * @csspart recipient - the authority the application goes to (on the review page)
 * @csspart receipt - the confirmation after sending
 * @csspart reference - the reference number on the receipt
 * @csspart loading - the loading indicator
 * @csspart error - an error notice (loading failed, or the page is set up wrongly)
 * @csspart button - the retry button of an error notice
 * @csspart retry - the "try again" button of an error notice
 * @csspart configuration-error - the notice for editors when the page is set up wrongly
 * @cssprop --ozg-color-primary - links, buttons, selection (default `#0a5ea8`)
 * @cssprop --ozg-color-text - text (default `#1a1a1a`)
 * @cssprop --ozg-color-background - background; text on primary buttons (default `#ffffff`)
 * @cssprop --ozg-color-error - error messages and borders (default `#b3261e`)
 * @cssprop --ozg-color-focus - focus ring (default `#ffbf47`)
 * @cssprop --ozg-font-family - all text (default: the system UI fonts, no web fonts)
 * @cssprop --ozg-font-size - base size; everything scales with it (default `1rem`)
 * @cssprop --ozg-radius - corners (default `0.25rem`)
 * @cssprop --ozg-spacing - base gap; paddings are fractions of it (default `1rem`)
 * @cssprop --ozg-color-muted - secondary text (default: mixed from text and background colour)
 * @cssprop --ozg-color-border - borders of fields and boxes (default: mixed from text and background colour)
 * @cssprop --ozg-color-surface - background of tinted boxes (default: mixed from primary and background colour)
 * @cssprop --ozg-color-error-surface - background of error notices (default: mixed from error and background colour)
 * @cssprop --ozg-button-background - button background (default: the primary colour)
 * @cssprop --ozg-button-color - button text (default: the background colour)
 * @cssprop --ozg-target-size - smallest size of buttons, links and controls (default `2.75rem`)
 * @cssprop --ozg-focus-width - width of the focus outline (default `3px`)
 */
export class OzgApplicationForm extends OzgElement {
  static override styles = [...OzgElement.styles, formStyles];

  @property({ reflect: true }) service: string | null = null;
  @property() draft: DraftStorage = 'session';
  @property({ attribute: 'status-target' }) statusTarget: string | null = null;
  @property({ attribute: 'fallback-url' }) fallbackUrl: string | null = null;
  @property({ attribute: 'prefill-from' }) prefillFrom: string | null = null;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Values the page hands in (e.g. from a login), by the prefill keys of the form definition. */
  @property({ attribute: false }) prefill: Record<string, unknown> = {};

  @state() private phase: Phase = 'step';
  @state() private stepIndex = 0;
  @state() private data: FormData = {};
  @state() private files = new Map<string, File[]>();
  @state() private showErrors = false;
  @state() private summary: SummaryEntry[] = [];
  @state() private externalErrors = new Map<string, string>();
  @state() private returnToReview = false;
  @state() private sending = false;
  @state() private submitError: unknown;
  @state() private receipt: Receipt | undefined;
  @state() private restored: { files: string[] } | undefined;

  #drafts: DraftStore | undefined;
  #idempotencyKey = '';
  #focusAfterRender: string | undefined;

  readonly #form = new Loader(this, {
    task: async ([service], { signal }): Promise<Loaded | undefined> => {
      if (!service) return undefined;
      const forms = await this.capability('forms');
      // The field components and the schema compiler load while the definition is on its way.
      const [definition, { compileForm }] = await Promise.all([
        forms.getFormDefinition(service, { signal, language: this.language }),
        import('../../src/forms/form-model.js'),
        import('../../src/fields/define-fields.js'),
      ]);
      // A forms-only connector (static-json) is no configuration error: the form says so and links elsewhere.
      const submission = (await resolveConnector(this.connector)).submission;
      const model = compileForm(definition);
      const recipient = await submission
        ?.recipient?.({ serviceId: service, leikaKey: definition.leikaKey }, { signal, language: this.language })
        // Not knowing the recipient does not stop an application.
        .catch(() => undefined);
      this.#start(model);
      return { model, canSubmit: submission !== undefined, recipient };
    },
    args: () => [this.service, this.connector, this.configurationVersion] as const,
    onError: this.logUnexpected,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A form page linked from the finder (`antrag.html?leistung=hund-anmelden`) needs no attribute.
    this.service ??= new URLSearchParams(location.search).get('leistung');
  }

  #t(key: FormMessageKey, params?: Record<string, string | number>): string {
    return formMessages.format(this.language, key, params);
  }

  // --- starting, drafts, prefill --------------------------------------------------------

  #start(model: FormModel): void {
    const definition = model.definition;
    const mode: DraftStorage = isInKiosk(this) ? 'off' : this.draft;
    this.#drafts = new DraftStore(`${definition.id}@${definition.version}:${this.service ?? ''}`, mode);
    const draft = this.#drafts.load();
    this.phase = 'step';
    this.summary = [];
    this.showErrors = false;
    this.externalErrors = new Map();
    this.receipt = undefined;
    this.submitError = undefined;
    this.files = new Map();
    if (draft) {
      this.data = draft.data;
      this.stepIndex = Math.min(draft.step, model.steps.length - 1);
      this.#idempotencyKey = draft.idempotencyKey;
      this.restored = { files: draft.files.map((f) => f.name) };
    } else {
      this.data = this.#prefilled(model);
      this.stepIndex = 0;
      this.#idempotencyKey = crypto.randomUUID();
      this.restored = undefined;
    }
  }

  #prefilled(model: FormModel): FormData {
    const values = { ...this.#prefillFromPage(), ...this.prefill };
    let data: FormData = {};
    for (const node of model.nodes.values()) {
      if (!node.prefill || node.pointer.includes('*')) continue;
      const value = values[node.prefill];
      if (value !== undefined && value !== null && value !== '') data = setAt(data, node.pointer, typeof value === 'boolean' ? value : String(value));
    }
    return data;
  }

  #prefillFromPage(): Record<string, unknown> {
    if (!this.prefillFrom) return {};
    const script = document.getElementById(this.prefillFrom);
    try {
      const parsed: unknown = JSON.parse(script?.textContent ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      console.error(`<ozg-application-form>: prefill-from="${this.prefillFrom}" is not valid JSON`);
      return {};
    }
  }

  #saveDraft(): void {
    this.#drafts?.save({
      data: this.data,
      step: this.stepIndex,
      idempotencyKey: this.#idempotencyKey,
      files: [...this.files].flatMap(([specId, list]) => list.map((f) => ({ specId, name: f.name }))),
    });
  }

  #restart = () => {
    if (!confirm(this.#t('form.draft.restartConfirm'))) return;
    this.#drafts?.clear();
    const loaded = this.#form.value;
    if (loaded) this.#start(loaded.model);
    this.restored = undefined;
    this.#focusAfterRender = '.step-title';
  };

  // --- editing --------------------------------------------------------------------------

  /** One listener for all fields: the element that changed says where its value lives. */
  #onFieldEvent = (event: Event) => {
    const element = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset['pointer'] !== undefined);
    if (element) this.#takeValue(element);
    const attachment = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset['attachment'] !== undefined);
    if (attachment) {
      const next = new Map(this.files);
      next.set(attachment.dataset['attachment']!, [...((attachment as unknown as { files: File[] }).files ?? [])]);
      this.files = next;
      this.#saveDraft();
    }
  };

  #takeValue(element: HTMLElement): void {
    const pointer = element.dataset['pointer']!;
    const kind = element.dataset['kind'];
    if (kind === 'repeatable') return;
    const loaded = this.#form.value;
    let data = this.data;
    if (kind === 'address' && loaded) {
      const node = loaded.model.nodes.get(schemaPointerOf(pointer));
      const value = (element as unknown as { value: Record<string, string> }).value ?? {};
      const indices = parsePointer(pointer).filter((p) => /^\d+$/.test(p)).map(Number);
      for (const [part, child] of node ? addressParts(node) : []) data = setAt(data, concrete(child.pointer, indices), value[part] ?? '');
    } else if (kind === 'checkbox') {
      data = setAt(data, pointer, (element as unknown as { checked: boolean }).checked);
    } else {
      data = setAt(data, pointer, (element as unknown as { value: unknown }).value);
    }
    this.data = data;
    if (this.externalErrors.has(pointer)) {
      const errors = new Map(this.externalErrors);
      errors.delete(pointer);
      this.externalErrors = errors;
    }
    this.#saveDraft();
  }

  #onRepeatAdd = (event: Event) => {
    const group = event.target as HTMLElement;
    const pointer = group.dataset['pointer']!;
    const items = getAt(this.data, pointer);
    const loaded = this.#form.value;
    const node = loaded?.model.nodes.get(schemaPointerOf(pointer));
    const count = Array.isArray(items) ? Math.max(items.length, node?.constraints.minItems ?? 1) : node?.constraints.minItems ?? 1;
    this.data = setAt(this.data, `${pointer}/${count}`, {});
    this.announce(this.#t('form.announce.added', { number: count + 1 }));
    this.#saveDraft();
  };

  #onRepeatRemove = (event: Event) => {
    const group = event.target as HTMLElement;
    const index = (event as CustomEvent<{ index: number }>).detail.index;
    const pointer = group.dataset['pointer']!;
    if (!Array.isArray(getAt(this.data, pointer))) return;
    this.data = removeAt(this.data, `${pointer}/${index}`);
    this.#saveDraft();
  };

  // --- steps ----------------------------------------------------------------------------

  #visibleSteps(model: FormModel): number[] {
    return model.steps.flatMap((step, index) => (isStepVisible(step, this.data) ? [index] : []));
  }

  #issuesOf(model: FormModel, step: StepModel): { pointer: string; id: string; label: string; error: ValidationError; kind: 'text' | 'choice' | 'file' }[] {
    const fieldIssues = stepIssues(model, step, this.data, this.language).map((issue: FieldIssue) => ({
      pointer: issue.pointer,
      id: fieldId(issue.pointer),
      label: issue.node.label,
      error: issue.error,
      kind: choiceKind(issue.node),
    }));
    const attachmentIssues = this.#visibleAttachments(step).flatMap((spec) => {
      const error = validateFiles(this.files.get(spec.id) ?? [], spec);
      return error ? [{ pointer: `#attachment/${spec.id}`, id: `attachment-${spec.id}`, label: spec.label, error, kind: 'file' as const }] : [];
    });
    return [...fieldIssues, ...attachmentIssues];
  }

  #visibleAttachments(step: StepModel): AttachmentSpec[] {
    return step.attachments.filter((a) => !a.visibleIf || holds(a.visibleIf, this.data));
  }

  #showStep(index: number, focus = '.step-title'): void {
    this.stepIndex = index;
    this.phase = 'step';
    this.showErrors = false;
    this.summary = [];
    this.#focusAfterRender = focus;
    this.#saveDraft();
    const model = this.#form.value?.model;
    const step = model?.steps[index];
    if (model && step) {
      const visible = this.#visibleSteps(model);
      this.announce(this.#t('form.announce.step', { current: visible.indexOf(index) + 1, total: visible.length, title: step.title }));
      this.emit('ozg-form-step', { index, id: step.id });
    }
  }

  #continue = (event: Event) => {
    event.preventDefault();
    const model = this.#form.value?.model;
    const step = model?.steps[this.stepIndex];
    if (!model || !step) return;
    const issues = this.#issuesOf(model, step);
    if (issues.length > 0) {
      this.showErrors = true;
      this.summary = issues.map((i) => ({ id: i.id, label: i.label, message: validationMessage(this.language, i.error, i.kind) }));
      const rules = new Map(this.externalErrors);
      for (const i of issues) if (i.error.code === 'rule' && i.error.message) rules.set(i.pointer, i.error.message);
      this.externalErrors = rules;
      this.#focusAfterRender = '.error-summary';
      return;
    }
    const visible = this.#visibleSteps(model);
    const next = visible.find((i) => i > this.stepIndex);
    if (this.returnToReview || next === undefined) this.#showReview();
    else this.#showStep(next);
  };

  #back = () => {
    const model = this.#form.value?.model;
    if (!model) return;
    const visible = this.#visibleSteps(model);
    // From the review page "back" is the last step; from a step, the one before it.
    const previous = this.phase === 'review' ? visible.at(-1) : visible.filter((i) => i < this.stepIndex).at(-1);
    if (previous !== undefined) this.#showStep(previous);
  };

  #showReview(): void {
    this.phase = 'review';
    this.returnToReview = false;
    this.summary = [];
    this.#focusAfterRender = '.view-title';
    this.announce(this.#t('form.review.title'));
  }

  #changeFromReview = (step: number, focusId: string) => {
    this.returnToReview = true;
    this.#showStep(step, `#${CSS.escape(focusId)}`);
  };

  #focusField = (event: Event, id: string) => {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  // --- sending --------------------------------------------------------------------------

  #submit = async () => {
    const loaded = this.#form.value;
    if (!loaded || this.sending || !this.service) return;
    const { model } = loaded;
    // Answers may have changed on the way here (a step skipped by a condition): check everything once more.
    const problems = formIssues(model, this.data, this.language);
    if (problems.length > 0) {
      this.#showStep(problems[0]!.step);
      this.#continue(new Event('submit'));
      return;
    }
    this.sending = true;
    this.submitError = undefined;
    try {
      const submission = await this.capability('submission');
      const definition = model.definition;
      const receipt = await submission.submit(
        {
          serviceId: this.service,
          formId: definition.id,
          formVersion: definition.version,
          schemaUri: definition.schemaUri,
          leikaKey: definition.leikaKey,
          data: submissionData(model, this.data),
          attachments: [...this.files].flatMap(([specId, list]) =>
            list.map((file) => ({ specId, file, name: file.name, type: file.type || 'application/octet-stream', size: file.size })),
          ),
          idempotencyKey: this.#idempotencyKey,
          language: this.language.split('-')[0] ?? 'de',
        },
        { language: this.language },
      );
      this.receipt = receipt;
      this.phase = 'receipt';
      this.#drafts?.clear();
      this.#focusAfterRender = '.view-title';
      this.emit('ozg-form-submitted', { reference: receipt.reference });
    } catch (error) {
      this.#handleSubmitError(error, model);
    } finally {
      this.sending = false;
    }
  };

  #handleSubmitError(error: unknown, model: FormModel): void {
    if (isOzgError(error) && error.kind === 'rejected' && error.fieldErrors.length > 0) {
      // Put the authority's messages on the fields and go to the first one.
      const errors = new Map(this.externalErrors);
      for (const fe of error.fieldErrors) errors.set(fe.field, fe.message);
      this.externalErrors = errors;
      const first = error.fieldErrors[0]!.field;
      const schemaPointer = schemaPointerOf(first);
      const step = model.steps.findIndex((s) =>
        s.fields.some((f) => schemaPointer === f.pointer || schemaPointer.startsWith(`${f.pointer}/`)),
      );
      this.#showStep(Math.max(0, step));
      this.showErrors = true;
      this.summary = error.fieldErrors.map((fe) => ({
        id: fieldId(fe.field),
        label: model.nodes.get(schemaPointerOf(fe.field))?.label ?? fe.field,
        message: fe.message,
      }));
      this.#focusAfterRender = '.error-summary';
      return;
    }
    this.submitError = error;
    this.#focusAfterRender = '.submit-error';
  }

  #print = () => printOnly(this);

  #renderRecipient(recipient: Recipient): TemplateResult {
    return html`<div class="notice recipient" part="recipient">
      <p class="notice-title">${this.#t('form.recipient')}</p>
      <p><strong>${recipient.name}</strong>${recipientLines(recipient).map((line) => html`<br />${line}`)}</p>
    </div>`;
  }

  // --- rendering ------------------------------------------------------------------------

  protected override updated(): void {
    if (!this.#focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(this.#focusAfterRender);
    if (target) {
      this.#focusAfterRender = undefined;
      // A field just rendered has nothing to delegate focus to until its own first update.
      void Promise.resolve(target.updateComplete).then(() => target.focus());
    }
  }

  protected override renderContent(): unknown {
    if (!this.service) return this.#notice('form.noService.title', 'form.noService.text');
    return this.#form.render({
      pending: () => renderLoading(this.language, this.#t('form.loading')),
      error: (error) =>
        isOzgError(error) && error.kind === 'not-found'
          ? this.#notice('form.noForm.title', 'form.noForm.text', true)
          : html`${renderError(this.language, error, { onRetry: () => this.#form.run() })}<slot></slot>`,
      complete: (loaded) => {
        if (!loaded) return nothing;
        if (!loaded.canSubmit) return this.#notice('form.noSubmission.title', 'form.noSubmission.text', true);
        if (this.phase === 'receipt' && this.receipt) {
          return renderReceipt({
            language: this.language,
            receipt: this.receipt,
            headingLevel: this.headingLevel,
            statusHref: this.#statusHref(this.receipt.reference),
            onPrint: this.#print,
          });
        }
        return this.phase === 'review' ? this.#renderReview(loaded.model, loaded.recipient) : this.#renderStep(loaded.model);
      },
    });
  }

  #statusHref(reference: string): string | undefined {
    if (!this.statusTarget) return undefined;
    const url = new URL(this.statusTarget, document.baseURI);
    url.searchParams.set('ref', reference);
    return url.href;
  }

  #notice(title: FormMessageKey, text: FormMessageKey, withFallback = false): TemplateResult {
    return html`<div class="notice" part="notice">
        <p class="notice-title">${this.#t(title)}</p>
        <p>${this.#t(text)}</p>
        ${withFallback && this.fallbackUrl ? html`<p><a href=${this.fallbackUrl}>${this.#t('form.fallbackLink')}</a></p>` : nothing}
      </div>
      <slot></slot>`;
  }

  #renderProgress(model: FormModel, review: boolean): TemplateResult {
    const visible = this.#visibleSteps(model);
    const current = review ? visible.length + 1 : visible.indexOf(this.stepIndex) + 1;
    const total = visible.length + 1;
    return html`<nav class="progress" part="progress" aria-label=${this.#t('form.progress.label')}>
      <p class="progress-text">${this.#t('form.progress', { current, total })}</p>
      <ol>
        ${visible.map((index, position) => {
          const state = review || position + 1 < current ? 'done' : position + 1 === current ? 'current' : 'todo';
          return html`<li class=${state} aria-current=${state === 'current' ? 'step' : 'false'}>${model.steps[index]!.title}</li>`;
        })}
        <li class=${review ? 'current' : 'todo'} aria-current=${review ? 'step' : 'false'}>${this.#t('form.progress.review')}</li>
      </ol>
    </nav>`;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <p class="notice-title" id="error-summary-title">${this.#t('form.errors.title')}</p>
      <ul>
        ${this.summary.map(
          (entry) => html`<li><a href="#${entry.id}" @click=${(e: Event) => this.#focusField(e, entry.id)}>${summaryText(entry)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  #renderStep(model: FormModel): TemplateResult {
    const step = model.steps[this.stepIndex]!;
    const visible = this.#visibleSteps(model);
    const first = visible[0] === this.stepIndex;
    const last = visible.at(-1) === this.stepIndex;
    return html`${this.#renderProgress(model, false)} ${this.#renderSummary()} ${this.#renderRestored()}
      <form class="step" novalidate @submit=${this.#continue} @input=${this.#onFieldEvent} @change=${this.#onFieldEvent}
        @ozg-repeat-add=${this.#onRepeatAdd} @ozg-repeat-remove=${this.#onRepeatRemove}>
        ${heading(this.headingLevel, step.title, { focusable: true, className: 'step-title' })}
        ${step.description ? html`<p class="step-description">${step.description}</p>` : nothing}
        <div class="fields">
          ${renderFields(step.fields, { data: this.data, showErrors: this.showErrors, externalErrors: this.externalErrors })}
          ${this.#visibleAttachments(step).map((spec) => this.#renderAttachment(spec))}
        </div>
        <div class="actions">
          <button type="submit" class="button">${this.returnToReview ? this.#t('form.backToReview') : last ? this.#t('form.toReview') : this.#t('form.next')}</button>
          ${first ? nothing : html`<button type="button" class="button secondary" @click=${this.#back}>${this.#t('form.back')}</button>`}
        </div>
        ${this.#drafts?.enabled ? html`<p class="hint">${this.#t(this.draft === 'local' ? 'form.draft.savedLocal' : 'form.draft.saved')}</p>` : nothing}
      </form>`;
  }

  #renderRestored(): TemplateResult | typeof nothing {
    if (!this.restored) return nothing;
    return html`<div class="notice restored" part="notice">
      <p>${this.#t('form.draft.restored')}</p>
      ${this.restored.files.length ? html`<p>${this.#t('form.draft.filesAgain', { files: this.restored.files.join(', ') })}</p>` : nothing}
      <p><button type="button" class="button secondary" @click=${this.#restart}>${this.#t('form.draft.restart')}</button></p>
    </div>`;
  }

  #renderAttachment(spec: AttachmentSpec): TemplateResult {
    const types = spec.accept.map((a) => a.replace(/^application\//, '').replace(/^image\//, '').toUpperCase()).join(', ');
    const limits = this.#t('form.attachment.hint', { types: types || '–', size: formatBytes(this.language, spec.maxBytes) });
    const error = validateFiles(this.files.get(spec.id) ?? [], spec);
    return html`<ozg-file-field
      id="attachment-${spec.id}"
      data-attachment=${spec.id}
      label=${spec.label}
      hint=${spec.help ? `${spec.help} ${limits}` : limits}
      ?required=${spec.required}
      accept=${spec.accept.join(',')}
      max-bytes=${spec.maxBytes}
      max-files=${spec.maxFiles}
      ?multiple=${spec.maxFiles > 1}
      .files=${this.files.get(spec.id) ?? []}
      ?show-errors=${this.showErrors && error !== undefined}
    ></ozg-file-field>`;
  }

  #renderReview(model: FormModel, recipient: Recipient | undefined): TemplateResult {
    return html`${this.#renderProgress(model, true)}
      ${renderReview({ language: this.language, model, data: this.data, files: this.files, headingLevel: this.headingLevel, onChange: this.#changeFromReview })}
      ${recipient ? this.#renderRecipient(recipient) : nothing}
      ${this.submitError
        ? html`<div class="submit-error" tabindex="-1">
            <p><strong>${this.#t('form.submitFailed')}</strong></p>
            ${renderError(this.language, this.submitError, { inputKept: true, onRetry: this.#submit })}
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" class="button" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : 'false'} @click=${this.#submit}>
          ${this.sending ? html`<span class="spinner" aria-hidden="true"></span> ${this.#t('form.sending')}` : this.#t('form.submit')}
        </button>
        <button type="button" class="button secondary" ?disabled=${this.sending} @click=${this.#back}>${this.#t('form.back')}</button>
      </div>`;
  }
}

/** "Label: message", without a colon after a label that is a question ("Seit wann?"). */
function summaryText(entry: SummaryEntry): string {
  return /[?!:]$/.test(entry.label.trim()) ? `${entry.label} ${entry.message}` : `${entry.label}: ${entry.message}`;
}

/** Where the application goes: name, address and how to reach the authority. */
function recipientLines(recipient: Recipient): string[] {
  const a = recipient.address;
  return [
    a ? `${a.street}${a.houseNumber ? ` ${a.houseNumber}` : ''}, ${a.postalCode} ${a.city}` : '',
    ...(recipient.contact?.phone ?? []).map((p) => p.value),
    ...(recipient.contact?.email ?? []).map((e) => e.value),
  ].filter(Boolean);
}

/** Which wording a "required" error gets: a choice, a file or a text. */
function choiceKind(node: FieldNode): 'text' | 'choice' {
  return ['radio', 'select', 'checkboxes', 'yes-no', 'checkbox'].includes(node.kind) ? 'choice' : 'text';
}
