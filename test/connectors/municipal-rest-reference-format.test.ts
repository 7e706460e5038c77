/**
 * The ReferenceFormat the municipal-rest connector gives the status tracker:
 * what citizens mistype is corrected, impossible numbers are refused, and
 * nothing is turned into some other valid number.
 */
import { expect } from '@open-wc/testing';
import { formatReference, mod11_10CheckDigit, normalizeReference, recommendedReferenceFormat } from '../../connectors/municipal-rest/index.js';

const ms = recommendedReferenceFormat('MS');
const VALID = 'MS-2026-000123-7';

describe('municipal-rest reference format: normalize', () => {
  const corrected: [string, string][] = [
    ['lower case', 'ms-2026-000123-7'],
    ['spaces instead of dashes', 'MS 2026 000123 7'],
    ['spaces around dashes and at the ends', '  ms - 2026 - 000123 - 7  '],
    ['no dashes at all', 'MS20260001237'],
    ['one dash missing', 'MS-2026000123-7'],
    ['doubled dashes', 'MS--2026---000123--7'],
    ['en dashes', 'MS–2026–000123–7'],
    ['em dashes', 'MS—2026—000123—7'],
    ['minus signs and non-breaking spaces', 'MS\u00a0−\u00a02026−000123−7'],
    ['dots, slashes, underscores', 'MS.2026/000123_7'],
    ['capital O for 0', 'MS-2O26-OOO123-7'],
    ['small o for 0', 'ms-2o26-ooo123-7'],
    ['capital I for 1', 'MS-2026-000I23-7'],
    ['small l for 1', 'MS-2026-000l23-7'],
    ['bar for 1', 'MS-2026-000|23-7'],
    ['full-width digits', 'ＭＳ－２０２６－０００１２３－７'],
    ['missing prefix, with dashes', '2026-000123-7'],
    ['missing prefix, eleven digits', '20260001237'],
    ['missing prefix, spaces and O', ' 2O26 000123 7 '],
  ];
  for (const [what, typed] of corrected) {
    it(`corrects ${what}: "${typed}"`, () => {
      expect(ms.normalize(typed)).to.equal(VALID);
      expect(ms.isValid(ms.normalize(typed))).to.equal(true);
    });
  }

  it('changes letters to digits only in digit positions, never in the prefix', () => {
    const ol = recommendedReferenceFormat('OL');
    const reference = formatReference({ prefix: 'OL', year: 2026, serial: 4711 });
    expect(ol.normalize(reference.toLowerCase())).to.equal(reference);
    expect(ol.normalize(reference.replace(/-/g, ' ').replace('4711', '47II'))).to.equal(reference);
    expect(ol.isValid(ol.normalize('ol 2026 0047ll ' + reference.at(-1)))).to.equal(true);
  });

  it('keeps another prefix, which is then not valid', () => {
    expect(ms.normalize('ka-2026-000123-7')).to.equal('KA-2026-000123-7');
    expect(ms.isValid('KA-2026-000123-7')).to.equal(false);
  });

  it('only tidies input that does not have the shape of a reference', () => {
    const tidied: [string, string][] = [
      ['MS-2026-00123-7', 'MS-2026-00123-7'], // a digit missing: not padded into another number
      ['MS-2026-0000123-7', 'MS-2026-0000123-7'], // a digit too many
      [' ms – 2026 ', 'MS-2026'],
      ['MS-2026-000123-7X', 'MS-2026-000123-7X'],
      ['Vorgang  MS-2026', 'VORGANG MS-2026'],
      ['202600012377', '202600012377'],
      ['MUSTERSTADT-2026-000123-7', 'MUSTERSTADT-2026-000123-7'], // a prefix longer than 8 letters
      ['', ''],
    ];
    for (const [typed, expected] of tidied) {
      expect(ms.normalize(typed), typed).to.equal(expected);
      expect(ms.isValid(ms.normalize(typed)), typed).to.equal(false);
    }
  });

  it('is idempotent', () => {
    for (const typed of ['ms 2O26 000l23 7', '2026-000123-7', ' ms – 2026 ', 'MS-2026-00123-7', 'ＭＳ２０２６', 'a\u00adb']) {
      const once = ms.normalize(typed);
      expect(ms.normalize(once), typed).to.equal(once);
    }
  });

  it('is the same function as normalizeReference with the prefix', () => {
    expect(normalizeReference('2026 000123 7', 'KA')).to.equal('KA-2026-000123-7');
  });
});

describe('municipal-rest reference format: isValid and example', () => {
  it('accepts numbers made by formatReference with the prefix', () => {
    for (const serial of [1, 123, 100_004, 999_999]) {
      const reference = formatReference({ prefix: 'MS', year: 2026, serial });
      expect(ms.isValid(reference), reference).to.equal(true);
    }
  });

  it('refuses every single mistyped digit by its check digit', () => {
    const digits = [...VALID].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
    let refused = 0;
    for (const i of digits) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === VALID[i]) continue;
        const typo = VALID.slice(0, i) + d + VALID.slice(i + 1);
        expect(ms.isValid(typo), typo).to.equal(false);
        refused++;
      }
    }
    expect(refused).to.equal(11 * 9);
  });

  it('refuses swapped neighbours that change the number', () => {
    // MS-2026-000123-7 → MS-2026-001023-7: serial digits 3 and 4 swapped.
    expect(ms.isValid('MS-2026-001023-7')).to.equal(false);
    expect(ms.isValid('MS-2026-000132-7')).to.equal(false);
  });

  it('refuses serial 0 and incomplete numbers', () => {
    const zero = `MS-2026-000000-${mod11_10CheckDigit('2026000000')}`;
    expect(ms.isValid(zero)).to.equal(false);
    for (const text of ['', 'MS', 'MS-2026-000123', 'MS-26-000123-7', '2026-000123', 'MS-2026-000123-77']) {
      expect(ms.isValid(text), text).to.equal(false);
    }
  });

  it('has an example of the current year that is itself valid', () => {
    expect(ms.example).to.match(new RegExp(`^MS-${new Date().getFullYear()}-000123-\\d$`));
    expect(ms.isValid(ms.example)).to.equal(true);
  });

  it('takes only a prefix of 1 to 8 capital letters', () => {
    for (const prefix of ['', 'ms', 'MUSTERSTA', 'M1']) expect(() => recommendedReferenceFormat(prefix), prefix).to.throw(RangeError);
  });
});

