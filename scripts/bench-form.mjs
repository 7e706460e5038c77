// Form benchmark: a 150-field, 6-step form in headless Chromium — first render of a step and
// keystroke to updated validity. Exits non-zero when a target is missed. Part of `npm run bench`.
import { ms, printTable, runBenchPage } from './bench-runner.mjs';

const TARGETS = { renderMedianMs: 30, validityP95Ms: 2 };

const r = await runBenchPage('test/bench/form-bench-page.ts', 'Form benchmark');
console.log(`\nForm benchmark — ${r.fields} fields in ${r.steps} steps (${r.fields / r.steps} per step), ${r.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? ''}\n`);
printTable(
  ['measure', 'median / p50', 'p95', 'target'],
  [
    [`first render of step 1 (${r.renderRuns} runs)`, ms(r.renderMedianMs), ms(r.renderP95Ms), `median ≤ ${TARGETS.renderMedianMs} ms`],
    [`keystroke → field validity (${r.keystrokes} keys)`, ms(r.validityP50Ms), ms(r.validityP95Ms), `p95 ≤ ${TARGETS.validityP95Ms} ms`],
    ['keystroke → form re-rendered', '', ms(r.renderAfterKeyP95Ms), '(informative)'],
  ],
);
const misses = [
  r.renderMedianMs > TARGETS.renderMedianMs && `first render ${ms(r.renderMedianMs)}`,
  r.validityP95Ms > TARGETS.validityP95Ms && `keystroke p95 ${ms(r.validityP95Ms)}`,
].filter(Boolean);
console.log(misses.length ? `\nTARGET MISSED: ${misses.join('; ')}` : '\nTargets met.');
process.exit(misses.length ? 1 : 0);
