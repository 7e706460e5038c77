/**
 * The strict-CSP suite: every demo page (`demo/*.html`, listed by the server) under both
 * reference policies of docs/privacy-and-security.md —
 *
 *   strict: default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'
 *   nonce:  default-src 'self'; script-src 'nonce-…' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'
 *
 * served by scripts/csp-middleware.mjs (`?csp=strict|nonce`) and loaded in a same-origin
 * `<iframe>`. Each widget on the page is driven as a citizen would (csp-drivers.ts), the demo's
 * mock backend must answer through its service worker, and not one violation may happen — seen
 * by three independent records (csp-frame.ts explains why they see everything). A canary page
 * shows that those records do catch violations, from the page's first byte on.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { driveWidgets, type Step } from './csp-drivers.js';
import { CHANNELS, CspFrame, NONCE_POLICY, STRICT_POLICY, blockedStyleAttributes, styledElements, type Channel, type PolicyName, type Violation } from './csp-frame.js';

const POLICIES: readonly PolicyName[] = ['strict', 'nonce'];

/** The demo pages, from the server: the browser cannot list `demo/`. */
const demoPages = (await (await fetch('/__demo-pages.json')).json()) as string[];

const figures = {
  passed: 0,
  interactions: 0,
  violations: { probe: 0, listener: 0, report: 0 } as Record<Channel, number>,
  mockResponses: 0,
  cssomStyles: 0,
};

function describeViolations(violations: Violation[]): string {
  return violations.map((v) => `[${v.channel}] during "${v.step}": ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}:${v.line}${v.sample ? ` «${v.sample}»` : ''}`).join('\n');
}

async function headers(url: string, method: 'GET' | 'HEAD' = 'GET'): Promise<{ status: number; csp: string | null; text: string }> {
  const response = await fetch(url, { method, cache: 'no-store' });
  return { status: response.status, csp: response.headers.get('content-security-policy'), text: await response.text() };
}

describe('Strict CSP: the demo pages under the reference policies', function () {
  this.timeout(120_000);

  after(() => {
    console.log(
      [
        `CSP suite: ${demoPages.length} demo pages × ${POLICIES.length} policies (${POLICIES.join(', ')}) = ${demoPages.length * POLICIES.length} page loads; passed without a violation: ${figures.passed}`,
        `  pages: ${demoPages.join(', ')}`,
        `  widget interactions: ${figures.interactions}`,
        `  demo-api responses through msw's service worker: ${figures.mockResponses}`,
        `  style attributes: ${figures.cssomStyles} set through the CSSOM (allowed); blocked ones must be 0 on every page`,
        `  violations: ${Math.max(...Object.values(figures.violations))} (seen by the probe ${figures.violations.probe}, the test page's listener ${figures.violations.listener}, the ReportingObserver ${figures.violations.report}, which reports the same violation at the same place once)`,
      ].join('\n'),
    );
  });

  it('lists the demo pages from the server', () => {
    expect(demoPages).to.be.an('array').that.includes('index.html');
    for (const name of demoPages) expect(name).to.match(/^[\w-]+\.html$/);
  });

  it('serves a policy only where asked, exactly, and a fresh nonce with every response', async () => {
    // Not the runner's own page, not a page without ?csp=, not a module with ?csp=.
    expect((await headers(location.href, 'HEAD')).csp, 'test page').to.equal(null);
    const plain = await headers('/demo/index.html');
    expect(plain.csp, 'page without ?csp=').to.equal(null);
    expect((await headers('/demo/boot.ts?csp=strict')).csp, 'module').to.equal(null);
    expect((await headers('/demo/index.html?csp=none')).status, 'unknown policy').to.equal(400);

    const strict = await headers('/demo/index.html?csp=strict');
    expect(strict.csp).to.equal(STRICT_POLICY);
    expect(strict.text, 'strict: the page as it is').to.equal(plain.text);

    const [first, second] = [await headers('/demo/index.html?csp=nonce'), await headers('/demo/index.html?csp=nonce')];
    const nonces = [first, second].map(({ csp, text }) => {
      const nonce = NONCE_POLICY.exec(csp ?? '')?.[1];
      expect(nonce, `nonce policy: ${csp}`).to.be.a('string');
      const tags = text.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).to.be.greaterThan(0);
      for (const tag of tags) expect(tag).to.include(`nonce="${nonce}"`);
      return nonce;
    });
    expect(nonces[0]).not.to.equal(nonces[1]);
  });

  for (const policy of POLICIES) {
    it(`sees violations from the first byte on (canary page, csp=${policy})`, async () => {
      const page = await CspFrame.open('/test/hardening/csp-canary.html', policy);
      try {
        await waitUntil(() => page.document.body.dataset['moduleRan'] === 'yes', 'canary module did not run');
        const violations = await page.flush('canary');
        // Under the nonce policy the page's inline script runs: the server gave every script tag it
        // rendered the nonce. And Chromium lets 'strict-dynamic' trust an inline script that trusted
        // code adds (not parser-inserted). Under the strict policy both are blocked.
        const expected = [
          'script-src', // new Function
          'style-src-attr', // style attribute in the markup
          'style-src-attr', // style attribute written by code
          'style-src-elem', // <style> in the head
          ...(policy === 'strict' ? ['script-src-elem', 'script-src-elem'] : []),
        ].sort();
        for (const channel of CHANNELS) {
          const seen = violations.filter((v) => v.channel === channel).map((v) => v.directive);
          expect(seen.sort(), `${channel}:\n${describeViolations(violations)}`).to.deep.equal(expected);
        }
        expect(page.document.body.dataset['inlineRan']).to.equal(policy === 'nonce' ? 'yes' : undefined);
        expect(page.document.body.dataset['addedRan']).to.equal(policy === 'nonce' ? 'yes' : undefined);
        expect(blockedStyleAttributes(page.document)).to.deep.equal(['<p#markup-style> style="color: red"', '<p#written-style> style="color: blue"']);
        expect(styledElements(page.document), 'blocked, and the CSSOM one').to.equal(3);
      } finally {
        page.close();
      }
    });
  }

  for (const policy of POLICIES) {
    for (const name of demoPages) {
      it(`${name} works under csp=${policy} without a single violation`, async () => {
        const page = await CspFrame.open(`/demo/${name}`, policy);
        const violations: Violation[] = [];
        try {
          violations.push(...(await page.flush('page load')));
          let interactions = 0;
          const step: Step = async (label, run) => {
            await run();
            interactions++;
            violations.push(...(await page.flush(label)));
          };
          const driven = await driveWidgets({ page, step });
          expect(driven.length, 'widgets driven').to.be.greaterThan(0);

          // The browser enforced exactly the policy asked for.
          if (policy === 'strict') expect(page.enforcedPolicy).to.equal(STRICT_POLICY);
          else {
            const nonce = NONCE_POLICY.exec(page.enforcedPolicy ?? '')?.[1];
            expect(nonce, `enforced: ${page.enforcedPolicy}`).to.be.a('string');
            for (const script of page.document.querySelectorAll('script')) expect(script.nonce, script.outerHTML).to.equal(nonce);
          }

          // The mock backend ran in its service worker under the policy and answered the widgets.
          const controller = page.window.navigator.serviceWorker.controller;
          expect(controller && new URL(controller.scriptURL).pathname, 'service worker').to.equal('/mockServiceWorker.js');
          const mocked = page.backendRequests.filter((entry) => entry.workerStart > 0);
          expect(mocked.length, 'demo-api requests answered through the service worker').to.be.greaterThan(0);

          // No style attribute the policy blocked (a template's `style="…"`); CSSOM styles are fine.
          expect(blockedStyleAttributes(page.document), 'blocked style attributes').to.deep.equal([]);

          violations.push(...(await page.flush('end')));
          figures.interactions += interactions;
          figures.mockResponses += mocked.length;
          figures.cssomStyles += styledElements(page.document);
        } catch (error) {
          // What the policy blocked may be why a widget failed: say so.
          violations.push(...(await page.flush('after the failure').catch(() => [])));
          if (violations.length > 0 && error instanceof Error) error.message += `\nCSP violations:\n${describeViolations(violations)}`;
          throw error;
        } finally {
          for (const v of violations) figures.violations[v.channel]++;
          page.close();
        }
        expect(violations, describeViolations(violations)).to.deep.equal([]);
        figures.passed++;
      });
    }
  }
});
