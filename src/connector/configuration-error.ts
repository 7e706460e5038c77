/**
 * A page set up wrongly: unknown connector name, bad JSON config, a connector
 * that lacks what the widget needs. Elements show these to the web editor
 * and log them to the console; they are never the citizen's fault.
 */

export type ConfigurationProblem =
  | { code: 'no-connector'; available: string[] }
  | { code: 'unknown-connector'; name: string; available: string[] }
  | { code: 'unknown-type'; name: string; type: string; known: string[] }
  | { code: 'invalid-config'; name: string; details: string }
  | { code: 'invalid-json'; details: string }
  | { code: 'missing-capability'; name: string; capability: string }
  | { code: 'load-failed'; name: string; type: string; details: string };

const BRAND = Symbol.for('ozg-widgets.configuration-error');

export class ConfigurationError extends Error {
  readonly problem: ConfigurationProblem;
  readonly [BRAND] = true;

  constructor(problem: ConfigurationProblem) {
    super(describeProblem(problem));
    this.name = 'ConfigurationError';
    this.problem = problem;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/** English text for the developer console. Elements show the translated text. */
function describeProblem(problem: ConfigurationProblem): string {
  const list = (names: string[]) => (names.length ? names.join(', ') : 'none');
  switch (problem.code) {
    case 'no-connector':
      return `No connector chosen: set connector="…" on the element. Configured: ${list(problem.available)}.`;
    case 'unknown-connector':
      return `Connector "${problem.name}" is not configured. Configured: ${list(problem.available)}.`;
    case 'unknown-type':
      return `Connector "${problem.name}" has unknown type "${problem.type}". Known types: ${list(problem.known)}.`;
    case 'invalid-config':
      return `Connector "${problem.name}" is configured wrongly: ${problem.details}`;
    case 'invalid-json':
      return `A <script type="application/json" data-ozg-config> block is not valid JSON: ${problem.details}`;
    case 'missing-capability':
      return `Connector "${problem.name}" does not provide "${problem.capability}".`;
    case 'load-failed':
      return `Connector "${problem.name}" (type "${problem.type}") could not be loaded: ${problem.details}`;
  }
}
