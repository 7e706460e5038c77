/**
 * The parts of an XDatenfelder Stammdatenschema the importer uses, the same
 * for versions 2 and 3. `read.ts` fills it from the XML; `build.ts` turns it
 * into a FormDefinition.
 */

export type XdfVersion = '2' | '3';

/** `anzahl`: how often an element may occur; `max` undefined means unbounded (`*`, `n`). */
export interface Multiplicity {
  min: number;
  max: number | undefined;
}

/** `praezisierung`: v3 attributes or the JSON-like text of v2, as written. */
export interface Precision {
  minLength?: number;
  maxLength?: number;
  minValue?: string;
  maxValue?: string;
  pattern?: string;
}

export interface CodeValue {
  code: string;
  /** Empty when the schema gives no name. */
  label: string;
  help?: string | undefined;
}

/** A genericode code list the field refers to (`codelisteReferenz`). */
export interface CodeListReference {
  /** v2: `codelisteReferenz/identifikation/id`, e.g. `C60000019`. */
  id?: string | undefined;
  canonicalIdentification?: string | undefined;
  version?: string | undefined;
  canonicalVersionUri?: string | undefined;
}

export interface XdfRule {
  id: string;
  name: string;
  /** v3 `freitextRegel`, v2 `definition`, else `beschreibung`. */
  text?: string | undefined;
  /** v3 `skript`, v2 `script`. */
  script?: string | undefined;
  /** v3 `typ`: K (komplex), M (Multiplizität), V (Validierung), B (Berechnung). */
  type?: string | undefined;
}

interface ElementBase {
  id: string;
  name: string;
  /** `bezeichnungEingabe`, else `name`. */
  label: string;
  /** `hilfetextEingabe`: help for the citizen. */
  help?: string | undefined;
  /** `beschreibung`: notes for modellers, not shown to citizens. */
  notes?: string | undefined;
  rules: XdfRule[];
}

export interface XdfField extends ElementBase {
  kind: 'field';
  /** input, select, label, hidden, locked (v2 knows the first three). */
  feldart: string;
  /** text, text_latin, date, time, datetime, bool, num, num_int, num_currency, file, obj. */
  datentyp: string;
  precision: Precision;
  /** `praezisierung` text that could not be read. */
  precisionProblem?: string | undefined;
  /** `inhalt`: default value, or the text of a label field. */
  content?: string | undefined;
  /** v3 `vorbefuellung`: keine, optional, verpflichtend. */
  prefill?: string | undefined;
  /** v3 inline `werte`. */
  values?: CodeValue[] | undefined;
  codeList?: CodeListReference | undefined;
  /** v3 `mediaType` of file fields. */
  mediaTypes: string[];
  /** v3 `maxSize` of file fields, in bytes. */
  maxSize?: number | undefined;
}

export interface XdfGroup extends ElementBase {
  kind: 'group';
  /** v3 `art` X: an Auswahlgruppe, exactly one child is filled. */
  choice: boolean;
  children: XdfChild[];
}

/** One `struktur`: an element and how often it occurs in its parent. */
export interface XdfChild {
  multiplicity: Multiplicity;
  element: XdfField | XdfGroup;
}

export interface XdfSchema {
  xdfVersion: XdfVersion;
  id: string;
  version?: string | undefined;
  name: string;
  /** v3 `bezeichnung`, v2 `bezeichnungEingabe`, else `name`. */
  title: string;
  /** `hilfetext`. */
  help?: string | undefined;
  notes?: string | undefined;
  rules: XdfRule[];
  children: XdfChild[];
}
