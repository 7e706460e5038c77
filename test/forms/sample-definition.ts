/** A FIM-style definition exercising every kind of field, shared by the form tests. */
import { FormDefinition } from '../../src/index.js';

export const sampleDefinition = FormDefinition.parse({
  id: 'test-hund',
  version: '1.2',
  title: 'Hund anmelden',
  serviceId: 'hund-anmelden',
  schemaUri: 'https://schema.fitko.de/fim/s00000001_1.2.schema.json',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['G60000001', 'G10000001', 'F10000099'],
    $defs: {
      anschrift: {
        type: 'object',
        required: ['F60000243', 'F60000246', 'F60000247'],
        properties: {
          F60000243: { type: 'string', title: 'Straße', maxLength: 55 },
          F60000244: { type: 'string', title: 'Hausnummer', maxLength: 9 },
          F60000246: { type: 'string', title: 'Postleitzahl', pattern: '^\\d{5}$' },
          F60000247: { type: 'string', title: 'Ort' },
        },
      },
    },
    properties: {
      G60000001: {
        type: 'object',
        title: 'Halterin oder Halter',
        required: ['F60000228', 'F60000227'],
        properties: {
          F60000228: { type: 'string', title: 'Vorname', minLength: 1, maxLength: 50 },
          F60000227: { type: 'string', title: 'Familienname', maxLength: 50 },
          F60000242: { type: 'string', title: 'E-Mail', format: 'email' },
          G60000086: { $ref: '#/$defs/anschrift', title: 'Anschrift' },
        },
      },
      G10000001: {
        type: 'object',
        title: 'Angaben zum Hund',
        required: ['F10000001', 'F10000003'],
        properties: {
          F10000001: { type: 'string', title: 'Name des Hundes' },
          F10000002: { type: 'string', title: 'Geburtsdatum', format: 'date' },
          F10000003: {
            type: 'string',
            title: 'Herkunft',
            oneOf: [
              { const: 'zucht', title: 'Züchterin oder Züchter' },
              { const: 'tierheim', title: 'Tierheim' },
              { const: 'privat', title: 'Privat' },
            ],
          },
          F10000004: { type: 'boolean', title: 'Ermäßigung beantragen' },
          F10000005: { type: 'integer', title: 'Alter in Jahren', minimum: 0, maximum: 30 },
          F10000006: { type: 'array', title: 'Merkmale', items: { enum: ['kastriert', 'gechippt', 'versichert'] } },
        },
      },
      G10000002: {
        type: 'array',
        title: 'Weitere Hunde',
        maxItems: 3,
        items: { type: 'object', required: ['F10000010'], properties: { F10000010: { type: 'string', title: 'Name' }, F10000011: { type: 'string', title: 'Rasse' } } },
      },
      F10000099: { type: 'boolean', const: true, title: 'Ich bestätige die Richtigkeit meiner Angaben' },
    },
  },
  ui: {
    steps: [
      { id: 'person', title: 'Ihre Angaben', fields: ['/G60000001'] },
      { id: 'hund', title: 'Ihr Hund', fields: ['/G10000001', '/G10000002'], attachments: ['nachweis'] },
      { id: 'abschluss', title: 'Abschluss', fields: [] },
    ],
    fields: {
      '/G60000001/G60000086': { widget: 'address' },
      '/G60000001/F60000228': { prefill: 'givenName', autocomplete: 'given-name' },
      '/G10000001/F10000004': { visibleIf: { field: '/G10000001/F10000003', equals: 'tierheim' }, help: 'Nur für Hunde aus dem Tierheim.' },
      '/G10000002/*/F10000011': { visibleIf: { field: '/G10000002/*/F10000010', filled: true } },
    },
    rules: [
      {
        id: 'alter-und-datum',
        when: { field: '/G10000001/F10000005', filled: true },
        require: { field: '/G10000001/F10000002', filled: true },
        fields: ['/G10000001/F10000002'],
        message: { de: 'Bitte geben Sie auch das Geburtsdatum an.', en: 'Please also give the date of birth.' },
      },
    ],
  },
  attachments: [{ id: 'nachweis', label: 'Nachweis des Tierheims', accept: ['application/pdf'], maxBytes: 1_000_000 }],
});
