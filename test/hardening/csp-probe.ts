/**
 * The CSP suite's listener inside a page under test. scripts/csp-middleware.mjs puts it into the
 * page (`?csp=…&csp-probe`) as the first `<script src>` in `<head>`: a classic, parser-blocking
 * script, so it runs before the parser reaches anything else — before the body's markup (inline
 * `style` attributes, inline scripts) and before every module script. From then on it records
 * every `securitypolicyviolation` of the document (the event bubbles and is composed, so
 * violations inside shadow roots reach it too) in `window.__ozgCspProbe`, and tells the test page
 * at once, through a synchronous event on the `<iframe>` element, that the new document exists,
 * so the test attaches its own listener and `ReportingObserver` there, not a moment later.
 *
 * A classic script, not a module: no imports or exports, and nothing declared at the top level.
 */
(() => {
  interface ProbeRecord {
    directive: string;
    blocked: string;
    source: string;
    line: number;
    sample: string;
  }
  const records: ProbeRecord[] = [];
  (window as unknown as { __ozgCspProbe: ProbeRecord[] }).__ozgCspProbe = records;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      records.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    },
    { capture: true },
  );
  window.frameElement?.dispatchEvent(new CustomEvent('ozg-csp-probe-ready'));
})();
