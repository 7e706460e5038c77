import { expect } from '@open-wc/testing';
import { formatReference, hasValidMod11_10CheckDigit, isValidReference, mod11_10CheckDigit, parseReference } from '../../connectors/municipal-rest/index.js';

describe('reference numbers (ISO/IEC 7064 MOD 11-10)', () => {
  it('computes the check digit of the published examples', () => {
    // The Steuer-Identifikationsnummer ends in a MOD 11-10 check digit; 86095742719 and 47036892816 are widely used test numbers.
    expect(mod11_10CheckDigit('8609574271')).to.equal(9);
    expect(mod11_10CheckDigit('4703689281')).to.equal(6);
    expect(hasValidMod11_10CheckDigit('86095742719')).to.equal(true);
    expect(hasValidMod11_10CheckDigit('86095742718')).to.equal(false);
  });

  it('formats MS-YYYY-NNNNNN-C and reads it back', () => {
    expect(formatReference({ prefix: 'MS', year: 2026, serial: 123 })).to.equal('MS-2026-000123-7');
    expect(parseReference('MS-2026-000123-7')).to.deep.equal({ prefix: 'MS', year: 2026, serial: 123 });
    for (const serial of [1, 42, 999_999]) {
      const reference = formatReference({ prefix: 'KA', year: 2027, serial });
      expect(parseReference(reference), reference).to.deep.equal({ prefix: 'KA', year: 2027, serial });
    }
  });

  it('reads what a citizen types: lower case, spaces around the dashes', () => {
    expect(parseReference(' ms - 2026 - 000123 - 7 ')).to.deep.equal({ prefix: 'MS', year: 2026, serial: 123 });
  });

  it('finds every single mistyped digit', () => {
    const reference = formatReference({ prefix: 'MS', year: 2026, serial: 4711 });
    const digits = [...reference].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
    for (const i of digits) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === reference[i]) continue;
        const typo = reference.slice(0, i) + d + reference.slice(i + 1);
        expect(isValidReference(typo), typo).to.equal(false);
      }
    }
  });

  it('refuses other formats and serial 0', () => {
    for (const text of ['', 'MS-2026-000123', 'MS-26-000123-7', 'MS-2026-123-7', 'M1-2026-000123-7', 'MS-2026-000000-9', 'MS_2026_000123_7']) {
      expect(isValidReference(text), text).to.equal(false);
    }
    expect(() => formatReference({ prefix: 'ms', year: 2026, serial: 1 })).to.throw(RangeError);
    expect(() => formatReference({ prefix: 'MS', year: 2026, serial: 1_000_000 })).to.throw(RangeError);
    expect(() => mod11_10CheckDigit('12a')).to.throw(RangeError);
  });
});
