/**
 * Where an XDatenfelder element lands in the form: its JSON Pointer into the
 * data, its step, whether it is always present. Rules are translated against
 * placements, because one FIM element (say G60000086 Anschrift) may occur at
 * several places in one schema.
 */
import type { CodeValue, Multiplicity, XdfField, XdfGroup } from './model.js';

export interface Placement {
  element: XdfField | XdfGroup;
  multiplicity: Multiplicity;
  /** Schema pointer of the element, e.g. `/G17003640` or `/G17003640/*\/F17009560`. */
  pointer: string;
  /** Where the element's children live: `pointer`, or `pointer/*` for a repeated group. */
  inner: string;
  /** Id of the step that shows it. */
  step: string;
  /** `data`: a property in the data; `label`: static text; `file`: an attachment. */
  role: 'data' | 'label' | 'file';
  repeated: boolean;
  /** Inside an item of a repeated group (its pointer contains `*`). */
  inRepeated: boolean;
  /** This element and all its ancestors have min ≥ 1. */
  alwaysPresent: boolean;
  parent: Placement | undefined;
  children: Placement[];
  /** For data fields: JSON type of one value and the choices of a select. */
  valueType?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | undefined;
  choices?: CodeValue[] | undefined;
  /** For file fields: the attachment's id. */
  attachmentId?: string | undefined;
}

/** Placements of a subtree, depth first, the root included. */
export function* walk(placements: readonly Placement[]): Generator<Placement> {
  for (const placement of placements) {
    yield placement;
    yield* walk(placement.children);
  }
}
