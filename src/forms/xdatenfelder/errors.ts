/**
 * Why an XDatenfelder document could not be imported at all. Problems that
 * still leave a usable form are warnings instead (see `warnings.ts`).
 */

export type XDatenfelderProblem =
  /** The text is not well-formed XML, or no XML parser is available. */
  | 'not-xml'
  /** Well-formed XML, but not in an XDatenfelder 2 or 3 namespace. */
  | 'not-xdatenfelder'
  /** An XDatenfelder message other than `xdatenfelder.stammdatenschema.0102`. */
  | 'unsupported-message'
  /** The message lacks `stammdatenschema` or its `identifikation/id`. */
  | 'missing-schema'
  /** The result does not pass the `FormDefinition` schema (e.g. a bad `language` option). */
  | 'invalid-definition';

/** Marks errors across two copies of the library on one page, where `instanceof` fails. */
const BRAND = Symbol.for('ozg-widgets.xdatenfelder-import-error');

export class XDatenfelderImportError extends Error {
  readonly problem: XDatenfelderProblem;
  readonly [BRAND] = true;

  constructor(problem: XDatenfelderProblem, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'XDatenfelderImportError';
    this.problem = problem;
  }
}

export function isXDatenfelderImportError(error: unknown): error is XDatenfelderImportError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}
