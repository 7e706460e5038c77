/**
 * The bindings every field element of a form shares — id, data pointer,
 * label, hint, required, read-only, the outside error and whether errors
 * show — as one element directive, so each field template names only what
 * is its own (`.options`, `min`, `.value` …).
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface FieldBase {
  id: string;
  pointer: string;
  label: string;
  hint: string | undefined;
  required: boolean | undefined;
  /** Left out for elements that have no read-only state. */
  readonly?: boolean | undefined;
  /** A message from a cross-field rule or the backend; `''` for none. */
  error: string;
  show: boolean;
}

class FieldBaseDirective extends Directive {
  /** What was written last: a re-render of the form touches only what changed. */
  #last: Partial<FieldBase> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fieldBase() belongs on a field element');
  }

  render(_base: FieldBase): unknown {
    return noChange;
  }

  override update(part: ElementPart, [base]: [FieldBase]): unknown {
    const element = part.element as HTMLElement & { error: string };
    const last = this.#last;
    if (base.id !== last.id) element.id = base.id;
    if (base.pointer !== last.pointer) element.dataset['pointer'] = base.pointer;
    if (base.label !== last.label) element.setAttribute('label', base.label);
    if (base.hint !== last.hint || !('hint' in last)) {
      if (base.hint === undefined) element.removeAttribute('hint');
      else element.setAttribute('hint', base.hint);
    }
    if (base.required !== last.required || !('required' in last)) element.toggleAttribute('required', Boolean(base.required));
    if ('readonly' in base && base.readonly !== last.readonly) element.toggleAttribute('readonly', Boolean(base.readonly));
    if (base.error !== last.error) element.error = base.error;
    if (base.show !== last.show) element.toggleAttribute('show-errors', base.show);
    this.#last = { ...base };
    return noChange;
  }
}

export const fieldBase = directive(FieldBaseDirective);
