/**
 * The canary page's module (csp-canary.html): what the widgets must never do under a strict
 * Content-Security-Policy, each once.
 */
// The eval probe some libraries run once (zod 4's JIT check): caught, but still a violation.
try {
  new Function('');
} catch {
  /* blocked */
}
// A style attribute written as text (a template's `style="…"`): blocked.
const written = document.createElement('p');
written.id = 'written-style';
written.setAttribute('style', 'color: blue');
document.body.append(written);
// A style set through the CSSOM (what Lit's styleMap does): allowed.
const cssom = document.createElement('p');
cssom.id = 'cssom-style';
cssom.style.setProperty('color', 'green');
document.body.append(cssom);
// An inline script added by code: blocked by the strict policy. (Chromium lets the nonce policy's
// 'strict-dynamic' trust it, as it was not parser-inserted.)
const added = document.createElement('script');
added.textContent = 'document.body.dataset.addedRan = "yes";';
document.body.append(added);
document.body.dataset.moduleRan = 'yes';

export {};
