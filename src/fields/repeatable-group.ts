import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LanguageController } from '../i18n/language-controller.js';
import type { Params } from '../i18n/messages.js';
import { baseStyles } from '../ui/base-styles.js';
import { fieldMessages, type FieldMessageKey } from './messages.js';
import { repeatStyles } from './repeat-styles.js';
import { fieldStyles } from './styles.js';

export interface RepeatEventDetail {
  index: number;
}

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

/** The `name` attributes of cloned items as written in the template, with `{i}`. */
const nameTemplates = new WeakMap<Element, string>();

/** Puts `index` for `{i}` in the names inside a cloned item. */
function indexNames(item: Element, index: number): void {
  for (const element of [item, ...item.querySelectorAll('[name]')]) {
    let template = nameTemplates.get(element);
    if (template === undefined) {
      const name = element.getAttribute('name');
      if (name === null || !name.includes('{i}')) continue;
      template = name;
      nameTemplates.set(element, template);
    }
    element.setAttribute('name', template.replaceAll('{i}', String(index)));
  }
}

/**
 * `<ozg-repeatable-group>`: a list of like entries ("Kinder", "Weitere
 * Wohnsitze") — the GOV.UK "add another" pattern. Each item is a light-DOM
 * child of the element, shown in its own box with a remove button; below
 * them a button adds another.
 *
 * Two modes:
 * - **uncontrolled** (plain HTML): a `<template>` child is cloned per item,
 *   and `{i}` in descendant `name` attributes becomes the item's index
 *   (0, 1, …; renumbered after a removal). Starts with `min` items.
 *   ```html
 *   <ozg-repeatable-group label="Kinder" item-label="Kind" max="5">
 *     <template><ozg-text-field name="kinder.{i}.vorname" label="Vorname" required></ozg-text-field></template>
 *   </ozg-repeatable-group>
 *   ```
 * - **controlled** (`controlled`): the buttons only fire `ozg-repeat-add` /
 *   `ozg-repeat-remove`; the owner renders the children.
 *
 * After adding, focus moves to the first control of the new item; after
 * removing, to the add button (or the previous item when no more can be
 * added). Both are announced politely ("Kind 2 hinzugefügt").
 *
 * Not form-associated: it holds no value itself; its items' fields do.
 *
 * @summary List of repeatable entries with add and remove buttons.
 * @element ozg-repeatable-group
 * @attr label - the legend of the group, also its accessible name
 * @attr hint - help text below the legend
 * @attr item-label - what one item is called, e.g. "Kind" ("Kind 2", "Kind 2 entfernen"); default "Eintrag"
 * @attr min - fewest items; remove buttons are hidden at this count (default 1)
 * @attr max - most items; the add button is hidden at this count
 * @attr controlled - the owner renders the items on `ozg-repeat-add` / `ozg-repeat-remove`
 * @attr disabled - buttons disabled (also inside a disabled fieldset)
 * @slot - the items (any elements), and in uncontrolled mode one `<template>`
 * @fires ozg-repeat-add - `{ index }` of the item to add; cancelable in uncontrolled mode
 * @fires ozg-repeat-remove - `{ index }` of the item to remove; cancelable in uncontrolled mode
 * @csspart group - the fieldset
 * @csspart label - the legend
 * @csspart hint - the hint
 * @csspart item - the box around one item
 * @csspart item-title - "Eintrag 2" above an item
 * @csspart remove - each remove button
 * @csspart add - the add button
 * @cssprop --ozg-color-primary - colour of the buttons
 * @cssprop --ozg-color-border - border of the item boxes
 * @cssprop --ozg-target-size - minimum size of the buttons
 */
export class OzgRepeatableGroup extends LitElement {
  // Manual slot assignment: each item gets its own slot without touching the items' `slot` attributes.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [baseStyles, fieldStyles, repeatStyles];

  @property() label = '';
  @property() hint = '';
  @property({ attribute: 'item-label' }) itemLabel = '';
  @property({ type: Number }) min = 1;
  @property({ type: Number }) max: number | undefined;
  @property({ type: Boolean, reflect: true }) controlled = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The light-DOM children that are items (all element children but the template). */
  @state() protected items: Element[] = [];
  @state() private announcement = '';
  /** Disabled by an ancestor `<fieldset disabled>`. */
  @state() private fieldsetDisabled = false;

  @query('.add') private addButton!: HTMLButtonElement | null;

  protected readonly languageController = new LanguageController(this);
  #childObserver: MutationObserver | undefined;
  #fieldsetObserver: MutationObserver | undefined;
  #form: HTMLFormElement | null = null;
  /** How many items the group started with, for form reset. */
  #initialCount: number | undefined;
  /** What to do once the items changed after a button press. */
  #pending: { kind: 'add' | 'remove'; index: number; count: number } | undefined;

  /** The resolved language of the group, e.g. `de` or `en`. */
  get language(): string {
    return this.languageController.language;
  }

  #msg(key: FieldMessageKey, params?: Params): string {
    return fieldMessages.format(this.language, key, params);
  }

  #itemName(index: number): string {
    return this.#msg('fields.repeat.item', { item: this.itemLabel || this.#msg('fields.repeat.defaultItem'), number: index + 1 });
  }

  /** The template cloned per item in uncontrolled mode. */
  get #template(): HTMLTemplateElement | null {
    return [...this.children].find((child): child is HTMLTemplateElement => child instanceof HTMLTemplateElement) ?? null;
  }

  #readItems(): Element[] {
    return [...this.children].filter((child) => !(child instanceof HTMLTemplateElement));
  }

  get #canAdd(): boolean {
    return (this.controlled || this.#template !== null) && (this.max === undefined || this.items.length < this.max);
  }

  get #canRemove(): boolean {
    return this.items.length > this.min;
  }

  get #locked(): boolean {
    return this.disabled || this.fieldsetDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.items = this.#readItems();
    this.#ensureMinimum();
    this.#childObserver = new MutationObserver(() => {
      this.items = this.#readItems();
      // When the tag was defined before the parser reached its children, the template arrives now.
      this.#ensureMinimum();
    });
    this.#childObserver.observe(this, { childList: true });
    this.#watchFieldsets();
    this.#form = this.closest('form');
    this.#form?.addEventListener('reset', this.#onFormReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#fieldsetObserver?.disconnect();
    this.#form?.removeEventListener('reset', this.#onFormReset);
    this.#form = null;
  }

  /** Uncontrolled groups start with `min` items, cloned from the template. */
  #ensureMinimum(): void {
    if (this.controlled || this.#initialCount !== undefined || !this.#template) return;
    while (this.items.length < this.min) this.#appendClone();
    this.#initialCount = this.items.length;
  }

  /** Follows `disabled` on ancestor fieldsets, as form controls do (this element is not one). */
  #watchFieldsets(): void {
    const fieldsets: HTMLFieldSetElement[] = [];
    for (let node = this.parentElement?.closest('fieldset'); node; node = node.parentElement?.closest('fieldset')) fieldsets.push(node);
    const update = () => (this.fieldsetDisabled = fieldsets.some((fieldset) => fieldset.disabled));
    update();
    if (fieldsets.length === 0) return;
    this.#fieldsetObserver = new MutationObserver(update);
    for (const fieldset of fieldsets) this.#fieldsetObserver.observe(fieldset, { attributes: true, attributeFilter: ['disabled'] });
  }

  /** Form reset: uncontrolled groups go back to the number of items they started with (the fields reset themselves). */
  readonly #onFormReset = (): void => {
    if (this.controlled) return;
    const items = this.#readItems();
    for (const item of items.slice(this.#initialCount ?? items.length)) item.remove();
    this.items = this.#readItems();
  };

  #appendClone(): Element | undefined {
    const template = this.#template;
    if (!template) return undefined;
    const fragment = document.importNode(template.content, true);
    const elements = [...fragment.children];
    let item: Element;
    if (elements.length === 1 && elements[0]) {
      item = elements[0];
    } else {
      item = document.createElement('div');
      item.append(fragment);
    }
    indexNames(item, this.#readItems().length);
    this.append(item);
    this.items = this.#readItems();
    return item;
  }

  #emit(type: 'ozg-repeat-add' | 'ozg-repeat-remove', index: number): boolean {
    return this.dispatchEvent(
      new CustomEvent<RepeatEventDetail>(type, { detail: { index }, bubbles: true, composed: true, cancelable: !this.controlled }),
    );
  }

  /** Adds an item (uncontrolled) or asks the owner for one (controlled), as the add button does. */
  addItem(): void {
    if (!this.#canAdd || this.#locked) return;
    const index = this.items.length;
    if (!this.#emit('ozg-repeat-add', index)) return;
    this.#pending = { kind: 'add', index, count: this.items.length };
    if (!this.controlled) this.#appendClone();
  }

  /** Removes item `index` (uncontrolled) or asks the owner to (controlled), as its remove button does. */
  removeItem(index: number): void {
    if (!this.#canRemove || this.#locked || index < 0 || index >= this.items.length) return;
    if (!this.#emit('ozg-repeat-remove', index)) return;
    this.#pending = { kind: 'remove', index, count: this.items.length };
    if (!this.controlled) {
      this.items[index]?.remove();
      const rest = this.#readItems();
      rest.forEach((item, position) => {
        if (position >= index) indexNames(item, position);
      });
      this.items = rest;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-item]');
    slots.forEach((slot, index) => {
      const item = this.items[index];
      if (item && slot.assignedElements()[0] !== item) slot.assign(item);
    });
    if (changed.has('items')) void this.#afterItemsChanged();
  }

  async #afterItemsChanged(): Promise<void> {
    const pending = this.#pending;
    if (!pending || this.items.length === pending.count) return;
    this.#pending = undefined;
    // Announce after this update, not during it (a state change inside `updated` costs another update).
    await this.updateComplete;
    if (pending.kind === 'add') {
      const item = this.items[pending.index] ?? this.items[this.items.length - 1];
      this.announcement = this.#msg('fields.repeat.added', { item: this.itemLabel || this.#msg('fields.repeat.defaultItem'), number: pending.index + 1 });
      if (item) await focusFirstControl(item);
    } else {
      this.announcement = this.#msg('fields.repeat.removed', { item: this.itemLabel || this.#msg('fields.repeat.defaultItem'), number: pending.index + 1 });
      const previous = this.items[Math.max(0, pending.index - 1)];
      if (this.addButton) this.addButton.focus();
      else if (previous) await focusFirstControl(previous);
    }
  }

  protected override render(): TemplateResult {
    const locked = this.#locked;
    return html`<fieldset part="group" aria-describedby=${this.hint ? 'hint' : nothing}>
        ${this.label ? html`<legend class="label" part="label">${this.label}</legend>` : nothing}
        ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
        ${repeat(
          this.items,
          (item) => item,
          (_item, index) => html`<div class="item" part="item" role="group" aria-labelledby="item-title-${index}">
            <p id="item-title-${index}" class="item-title" part="item-title">${this.#itemName(index)}</p>
            <slot data-item></slot>
            ${this.#canRemove
              ? html`<div class="item-actions">
                  <button type="button" class="button secondary" part="remove" ?disabled=${locked} @click=${() => this.removeItem(index)}>
                    ${this.#msg('fields.repeat.remove')}<span class="visually-hidden">: ${this.#itemName(index)}</span>
                  </button>
                </div>`
              : nothing}
          </div>`,
        )}
        ${this.#canAdd
          ? html`<button type="button" class="button secondary add" part="add" ?disabled=${locked} @click=${() => this.addItem()}>
              ${this.#msg('fields.repeat.add')}
            </button>`
          : nothing}
      </fieldset>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}

/** Focuses the first control in `item`: a field element (after its first render) or a native control. */
async function focusFirstControl(item: Element): Promise<void> {
  const candidates = [item, ...item.querySelectorAll('*')];
  const target = candidates.find(
    (element) => (element.localName.includes('-') && element.shadowRoot?.delegatesFocus) || element.matches(FOCUSABLE),
  ) as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
  if (!target) return;
  await target.updateComplete;
  target.focus();
}
