import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sanitizeHtml, sanitizedHtml } from '../../src/ui/sanitize.js';

describe('sanitizeHtml', () => {
  it('keeps paragraphs, lists, emphasis and safe links', () => {
    const clean = sanitizeHtml('<p>Bitte <strong>persönlich</strong> vorsprechen:</p><ul><li><a href="https://www.musterstadt.example/x">Termin</a></li></ul>');
    expect(clean).to.equal(
      '<p>Bitte <strong>persönlich</strong> vorsprechen:</p><ul><li><a href="https://www.musterstadt.example/x" rel="noopener noreferrer">Termin</a></li></ul>',
    );
  });

  it('removes scripts, event handlers, styles and unsafe URLs', () => {
    const clean = sanitizeHtml(
      '<p onclick="alert(1)" style="color:red">a</p><script>alert(2)</script><img src=x onerror=alert(3)><a href="javascript:alert(4)">b</a><a href="data:text/html,x">c</a><iframe src="https://evil.example"></iframe>',
    );
    expect(clean).to.equal('<p>a</p><a rel="noopener noreferrer">b</a><a rel="noopener noreferrer">c</a>');
  });

  it('defuses mutation XSS and DOM clobbering attempts', () => {
    const clean = sanitizeHtml('<svg><p><style><img src=x onerror=alert(1)></style></p></svg><form id="location"><input name="href"></form><p id="cookie">x</p>');
    expect(clean).not.to.contain('onerror');
    expect(clean).not.to.contain('<form');
    expect(clean).not.to.contain('id=');
  });

  it('keeps the text of dropped elements', () => {
    expect(sanitizeHtml('<h1>Kosten</h1><table><tr><td>37 €</td></tr></table>')).to.equal('Kosten37 €');
  });

  it('renders through Lit without executing anything', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(sanitizedHtml('<p>ok</p><img src="x" onerror="window.pwned = true">'), host);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(host.innerHTML).to.contain('<p>ok</p>');
    expect(host.querySelector('img')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});
