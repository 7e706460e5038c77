/**
 * A large generated form for the form benchmark: `steps` steps of
 * `fieldsPerStep` fields each, a realistic mix of kinds (text, e-mail,
 * number, date, choices, yes/no, a group per step), keyed like FIM data.
 */
import { FormDefinition } from '../../src/model/form-definition.js';

export function generateForm(steps = 6, fieldsPerStep = 25): FormDefinition {
  const properties: Record<string, unknown> = {};
  const uiSteps = [];
  let serial = 10_000_000;
  for (let s = 0; s < steps; s++) {
    const group = `G${serial++}`;
    const fields: Record<string, unknown> = {};
    const required: string[] = [];
    for (let f = 0; f < fieldsPerStep; f++) {
      const key = `F${serial++}`;
      const title = `Angabe ${s + 1}.${f + 1}`;
      switch (f % 8) {
        case 0:
          fields[key] = { type: 'string', title, maxLength: 60 };
          required.push(key);
          break;
        case 1:
          fields[key] = { type: 'string', title, format: 'email' };
          break;
        case 2:
          fields[key] = { type: 'integer', title, minimum: 0, maximum: 999 };
          break;
        case 3:
          fields[key] = { type: 'string', title, format: 'date' };
          break;
        case 4:
          fields[key] = { type: 'string', title, oneOf: [1, 2, 3].map((n) => ({ const: `0${n}`, title: `Möglichkeit ${n}` })) };
          break;
        case 5:
          fields[key] = { type: 'string', title, oneOf: Array.from({ length: 12 }, (_, n) => ({ const: `${n}`, title: `Eintrag ${n}` })) };
          break;
        case 6:
          fields[key] = { type: 'boolean', title };
          break;
        default:
          fields[key] = { type: 'string', title, minLength: 2, maxLength: 40 };
          required.push(key);
      }
    }
    properties[group] = { type: 'object', title: `Abschnitt ${s + 1}`, required, properties: fields };
    uiSteps.push({ id: `schritt-${s + 1}`, title: `Abschnitt ${s + 1}`, fields: [`/${group}`] });
  }
  return FormDefinition.parse({
    id: 'bench-form',
    title: 'Großes Formular',
    serviceId: 'bench',
    schema: { type: 'object', properties },
    ui: { steps: uiSteps },
  });
}
