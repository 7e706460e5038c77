/**
 * Types of the PVOG Suchdienst JSON the mocks serve: the connector's zod input types plus the extra
 * fields the real answers carry (`@type`, `replace`, …), which the connector ignores.
 */
import type * as z from 'zod/mini';
import type { PvogModule, PvogServiceDescription } from '../../../connectors/pvog/pvog-service-description.js';
import type { PvogOrganisationUnit } from '../../../connectors/pvog/pvog-organisation-unit.js';
import type { PvogPersonalMatter } from '../../../connectors/pvog/pvog-personal-matter.js';

type Extra = Record<string, unknown>;

export type PvogModuleJson = z.input<typeof PvogModule> & Extra;
export type PvogServiceDescriptionJson = z.input<typeof PvogServiceDescription> & Extra;
export type PvogOrganisationUnitJson = z.input<typeof PvogOrganisationUnit> & Extra;
export type PvogPersonalMatterJson = PvogPersonalMatter;
