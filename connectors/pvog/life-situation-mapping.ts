/**
 * The Lebenslagen tree (`personalMatters`: `{ code, name, children }`) → our flat list with
 * `parent`, and → the codes a service belongs to.
 */
import type { LifeSituation } from '../../src/index.js';
import type { PvogPersonalMatter } from './pvog-personal-matter.js';
import { plainText } from './html-text.js';

/** Every node once, parents before children. */
export function flattenPersonalMatters(tree: PvogPersonalMatter[] | null | undefined): LifeSituation[] {
  const seen = new Set<string>();
  const out: LifeSituation[] = [];
  const walk = (nodes: PvogPersonalMatter[] | null | undefined, parent: string | undefined) => {
    for (const node of nodes ?? []) {
      const code = node.code.trim();
      if (!code) continue;
      if (!seen.has(code)) {
        seen.add(code);
        const situation: LifeSituation = { code, name: plainText(node.name) || code };
        if (parent) situation.parent = parent;
        out.push(situation);
      }
      walk(node.children, code);
    }
  };
  walk(tree, undefined);
  return out;
}

/**
 * All codes of a service's tree, the top levels included: a service under 1030200
 * "Berufsausbildung" is also found under 1030000 "Schule, Ausbildung und Studium".
 */
export function personalMatterCodes(tree: PvogPersonalMatter[] | null | undefined): string[] {
  return flattenPersonalMatters(tree).map((situation) => situation.code);
}
