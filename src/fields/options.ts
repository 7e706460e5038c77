/**
 * Options of a choice field: from the `options` property, or — for plain
 * HTML — from `<option value="…">Label</option>` children of the element,
 * as in a native `<select>` (`selected` marks the initial choice,
 * `data-hint` adds a hint under a radio or checkbox).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FieldOption {
  value: string;
  label: string;
  /** Shown under the radio or checkbox and linked to it; ignored by the select. */
  hint?: string | undefined;
}

export class LightOptionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;
  #options: FieldOption[] = [];
  #selected: string[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The `<option>` children, in order. */
  get options(): FieldOption[] {
    return this.#options;
  }

  /** Values of the children marked `selected`: the initial choice in plain HTML. */
  get selected(): string[] {
    return this.#selected;
  }

  hostConnected(): void {
    this.#read();
    this.#observer = new MutationObserver(() => {
      this.#read();
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'selected', 'data-hint', 'label'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #read(): void {
    const children = [...this.#host.children].filter((child): child is HTMLOptionElement => child instanceof HTMLOptionElement);
    this.#options = children.map((option) => ({
      value: option.value,
      label: option.label || option.text.trim(),
      hint: option.dataset['hint'] || undefined,
    }));
    this.#selected = children.filter((option) => option.hasAttribute('selected')).map((option) => option.value);
  }
}

/** Reads `value="a,b"` of a checkbox group. */
export const listConverter = {
  fromAttribute: (value: string | null): string[] =>
    value
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [],
  toAttribute: (value: string[]): string => value.join(','),
};
