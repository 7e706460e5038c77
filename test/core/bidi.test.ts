import { expect } from '@open-wc/testing';
import { closeBidi, closeBidiDeep } from '../../src/http/bidi.js';
import { parseBody } from '../../src/http/client.js';
import { Service } from '../../src/index.js';

describe('closing off bidi controls in backend text', () => {
  it('closes every embedding, override and isolate a text leaves open, innermost first', () => {
    expect(closeBidi('Gebühr \u202E05,21 €')).to.equal('Gebühr \u202E05,21 €\u202C');
    expect(closeBidi('\u202Bein \u2067zwei \u202Ddrei')).to.equal('\u202Bein \u2067zwei \u202Ddrei\u202C\u2069\u202C');
  });

  it('leaves balanced text, stray closers and text without controls as they are', () => {
    for (const text of ['Personalausweis', '\u202Eabc\u202C', '\u2068x\u2069', '\u202C\u2069x', '\u200FRLM is no control that opens']) {
      expect(closeBidi(text)).to.equal(text);
    }
  });

  it('pairs as UAX #9 does: a PDF does not close across an isolate, a PDI closes what was opened inside it', () => {
    expect(closeBidi('\u2066a\u202Eb\u2069c')).to.equal('\u2066a\u202Eb\u2069c');
    expect(closeBidi('\u202Ea\u2066b\u202C')).to.equal('\u202Ea\u2066b\u202C\u2069\u202C');
  });

  it('closes off texts in parsed data but keeps identifiers and data values exactly', () => {
    const data = closeBidiDeep({
      id: 'a\u202E',
      name: 'b\u202E',
      officeIds: ['c\u202E'],
      steps: [{ id: 'd\u202E', title: 'e\u202E', fields: ['/f\u202E'] }],
      schema: { enum: ['g\u202E'], oneOf: [{ const: 'h\u202E', title: 'i\u202E' }] },
    });
    expect(data).to.deep.equal({
      id: 'a\u202E',
      name: 'b\u202E\u202C',
      officeIds: ['c\u202E'],
      steps: [{ id: 'd\u202E', title: 'e\u202E\u202C', fields: ['/f\u202E'] }],
      schema: { enum: ['g\u202E'], oneOf: [{ const: 'h\u202E', title: 'i\u202E\u202C' }] },
    });
  });

  it('is part of reading any backend answer', () => {
    const service = parseBody(Service, { id: 'x\u202E', name: 'Gebühr \u202E05,21 €', summary: '\u2067Frist' }, 'test');
    expect(service.id).to.equal('x\u202E');
    expect(service.name).to.equal('Gebühr \u202E05,21 €\u202C');
    expect(service.summary).to.equal('\u2067Frist\u2069');
  });
});
