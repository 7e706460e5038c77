/**
 * The demo's form definitions, one per service with an online form. Each
 * form's `serviceId` is the id of its service in the demo catalog
 * (demo/data/services/*.ts); the mock backends serve them.
 */
import { bewohnerparkausweisBeantragen } from './bewohnerparkausweis-beantragen.js';
import type { FormDefinitionInput } from './form-input.js';
import { hundAnmelden } from './hund-anmelden.js';
import { sperrmuellAnmelden } from './sperrmuell-anmelden.js';

export type { FormDefinitionInput } from './form-input.js';

export const demoForms: readonly FormDefinitionInput[] = [hundAnmelden, sperrmuellAnmelden, bewohnerparkausweisBeantragen];

/** The form of a service, by the service's id. */
export function demoFormFor(serviceId: string): FormDefinitionInput | undefined {
  return demoForms.find((form) => form.serviceId === serviceId);
}
