/**
 * Imports a FIM XDatenfelder Stammdatenschema (XDatenfelder 2 or 3) as a
 * FormDefinition: the JSON Schema of the data keyed by FIM ids (`G…` groups
 * as objects, repeatable groups as arrays, `F…` fields), labels, help,
 * steps, code lists, rules. The mapping is documented rule by rule in
 * docs/forms-xdatenfelder.md.
 *
 * @example
 * ```ts
 * const { definition, warnings } = importXDatenfelderWithReport(xml, {
 *   codeLists: { 'urn:de:example_1': [{ value: '01', label: 'Ja' }] },
 * });
 * ```
 */
import { FormDefinition } from '../../model/form-definition.js';
import { buildDefinition } from './build.js';
import type { CodeListEntry } from './code-lists.js';
import { XDatenfelderImportError } from './errors.js';
import { readStammdatenschema } from './read.js';
import { Warnings, type ImportWarning } from './warnings.js';

export { XDatenfelderImportError, isXDatenfelderImportError, type XDatenfelderProblem } from './errors.js';
export type { ImportWarning, ImportWarningCode } from './warnings.js';
export type { CodeListEntry } from './code-lists.js';
export { fitConnectSchemaUri } from './build.js';

export interface XDatenfelderImportOptions {
  /**
   * Codes and labels of the genericode code lists select fields refer to,
   * keyed by canonical version URI (`urn:de:example_1`), by
   * `<canonicalIdentification>_<version>`, or by canonical identification.
   */
  codeLists?: Record<string, CodeListEntry[]>;
  /** Language of the texts, `de` unless said otherwise. */
  language?: string;
}

export interface XDatenfelderImportReport {
  definition: FormDefinition;
  /** What could not be carried over faithfully; empty for a clean import. */
  warnings: ImportWarning[];
}

/**
 * Imports and reports what could not be carried over.
 * @throws {XDatenfelderImportError} when the input is not an XDatenfelder Stammdatenschema.
 */
export function importXDatenfelderWithReport(xml: string | Document, options: XDatenfelderImportOptions = {}): XDatenfelderImportReport {
  const document = typeof xml === 'string' ? parseXml(xml) : xml;
  if (!document || typeof document !== 'object' || !('documentElement' in document)) {
    throw new XDatenfelderImportError('not-xml', 'importXDatenfelder expects XML text or a DOM Document.');
  }
  const warnings = new Warnings();
  const schema = readStammdatenschema(document, warnings);
  const result = FormDefinition.safeParse(buildDefinition(schema, options, warnings));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new XDatenfelderImportError('invalid-definition', `The imported form of ${schema.id} is not a valid FormDefinition: ${issues}`, { cause: result.error });
  }
  return { definition: result.data, warnings: warnings.list };
}

/**
 * Imports a Stammdatenschema; warnings are dropped (use {@link importXDatenfelderWithReport} to see them).
 * @throws {XDatenfelderImportError} when the input is not an XDatenfelder Stammdatenschema.
 */
export function importXDatenfelder(xml: string | Document, options: XDatenfelderImportOptions = {}): FormDefinition {
  return importXDatenfelderWithReport(xml, options).definition;
}

function parseXml(text: string): Document {
  if (typeof DOMParser === 'undefined') {
    throw new XDatenfelderImportError('not-xml', 'No DOMParser here; pass a parsed Document to importXDatenfelder.');
  }
  const document = new DOMParser().parseFromString(text, 'application/xml');
  // Browsers report XML errors as a <parsererror> element in the result.
  const error = document.getElementsByTagName('parsererror')[0];
  if (error || !document.documentElement) {
    const detail = (error?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new XDatenfelderImportError('not-xml', `Not well-formed XML${detail ? `: ${detail}` : ''}.`);
  }
  return document;
}
