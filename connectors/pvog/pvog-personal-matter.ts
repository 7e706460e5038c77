/**
 * A node of the Lebenslagen tree as the Suchdienst sends it in a service description's
 * `personalMatters` (real shape: `{ code: "1030000", name: "Schule, Ausbildung und Studium",
 * children: [...] }`).
 */
import * as z from 'zod/mini';

export interface PvogPersonalMatter {
  code: string;
  name?: string | null | undefined;
  children?: PvogPersonalMatter[] | null | undefined;
}

export const PvogPersonalMatter: z.ZodMiniType<PvogPersonalMatter, PvogPersonalMatter> = z.object({
  code: z.string(),
  name: z.nullish(z.string()),
  get children() {
    return z.nullish(z.array(PvogPersonalMatter));
  },
});
