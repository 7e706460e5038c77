/**
 * Our flat life-situation list → the Suchdienst's `personalMatters` tree (`{ code, name, children }`),
 * either whole (for the Lebenslagen endpoint) or cut to the codes of one service and their ancestors
 * (as a service description carries it).
 */
import type { LifeSituation } from '../../../src/index.js';
import type { PvogPersonalMatterJson } from './pvog-json.js';

type Flat = Pick<LifeSituation, 'code' | 'name'> & { parent?: string | undefined };

export function lifeSituationTree(flat: Flat[], only?: string[]): PvogPersonalMatterJson[] {
  const byCode = new Map(flat.map((l) => [l.code, l]));
  let wanted: Set<string> | undefined;
  if (only) {
    wanted = new Set();
    for (const code of only) {
      for (let current = byCode.get(code); current && !wanted.has(current.code); current = current.parent ? byCode.get(current.parent) : undefined) {
        wanted.add(current.code);
      }
    }
  }
  const build = (parent: string | undefined): PvogPersonalMatterJson[] =>
    flat
      .filter((l) => l.parent === parent && (!wanted || wanted.has(l.code)))
      .map((l) => ({ code: l.code, name: l.name, children: build(l.code) }));
  return build(undefined);
}
