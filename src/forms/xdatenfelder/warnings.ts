/**
 * What the importer could not carry over faithfully. The form still works;
 * the integrator reads these to decide whether to fix the schema, supply a
 * code list or hand-write a rule.
 */

export type ImportWarningCode =
  /** A select field refers to a code list that `options.codeLists` does not supply: free text input. */
  | 'code-list-missing'
  /** Codes without labels: the schema keeps a plain `enum`, the citizen sees the codes. */
  | 'code-list-without-labels'
  /** A `regel` the importer does not understand; its name and text are kept here. */
  | 'rule-not-translated'
  /** `praezisierung` that could not be read (v2 text that is not JSON-like, numbers that are not numbers). */
  | 'praezisierung-unreadable'
  /** A `praezisierung` part that does not fit the data type, e.g. `minValue` on text. Dropped. */
  | 'praezisierung-not-applicable'
  /** A pattern JavaScript cannot compile (XSD-only syntax). Dropped. */
  | 'pattern-unsupported'
  /** `inhalt` that does not fit the field (not a number, not one of the codes, …). Dropped. */
  | 'default-unusable'
  | 'unknown-datentyp'
  | 'unknown-feldart'
  /** `anzahl` missing or not `min:max`; read as `0:1`. */
  | 'invalid-multiplicity'
  /** A hidden field: FormDefinition has no "hidden" hint, so the form shows it read-only. */
  | 'hidden-field-shown'
  /** `obj` fields have no input control; the data property is an open object. */
  | 'object-field'
  /** A file field inside a repeatable group: one attachment for all items. */
  | 'attachment-in-repeatable-group'
  /** The same id twice in one group: the later element replaces the earlier one. */
  | 'duplicate-key'
  /** A `struktur` without `datenfeld` or `datenfeldgruppe`. Skipped. */
  | 'empty-structure';

export interface ImportWarning {
  code: ImportWarningCode;
  /** English, for the developer console and build logs. */
  message: string;
  /** FIM id of the element concerned, e.g. `F60000227`, `G60000086`, `R60000037`. */
  element?: string;
  /** Where the element lands in the form data, e.g. `/G17003640/*\/F17009560`. */
  pointer?: string;
  /** For rules: what the schema says, so a developer can write the rule by hand. */
  rule?: { id: string; name: string; text?: string; script?: string };
}

/** Collects warnings while importing; one per cause and element. */
export class Warnings {
  readonly list: ImportWarning[] = [];

  add(warning: ImportWarning): void {
    const duplicate = this.list.some(
      (w) => w.code === warning.code && w.element === warning.element && w.pointer === warning.pointer && w.message === warning.message,
    );
    if (!duplicate) this.list.push(warning);
  }
}
