/**
 * What the finder shows, and how that is written into a URL.
 *
 * The state is a list view (overview, search, life situation, topic, A–Z)
 * plus, optionally, an open service on top of it. Closing the service goes
 * back to the list it came from — also after a reload or on a shared link,
 * because both are in the URL: `?suche=perso&leistung=personalausweis-beantragen`.
 */

export type ListView =
  | { kind: 'home' }
  | { kind: 'search'; query: string }
  | { kind: 'life-situation'; code: string }
  | { kind: 'category'; id: string }
  | { kind: 'a-z'; letter: string };

export interface FinderState {
  list: ListView;
  /** Id of the open service, if any. */
  service?: string | undefined;
}

/** URL parameter names, German as on a German city page. */
export const PARAMS = {
  search: 'suche',
  lifeSituation: 'lebenslage',
  category: 'thema',
  letter: 'az',
  service: 'leistung',
} as const;

const ALL_PARAMS = Object.values(PARAMS);

export const HOME: FinderState = { list: { kind: 'home' } };

/** Reads our parameters (with `prefix`) from `params`; unknown ones are ignored. */
export function decodeState(params: URLSearchParams, prefix = ''): FinderState {
  const get = (name: string) => params.get(prefix + name)?.trim() || undefined;
  const service = get(PARAMS.service);
  const query = params.get(prefix + PARAMS.search);
  const code = get(PARAMS.lifeSituation);
  const category = get(PARAMS.category);
  const letter = get(PARAMS.letter);
  let list: ListView = { kind: 'home' };
  if (query !== null && query.trim() !== '') list = { kind: 'search', query };
  else if (code) list = { kind: 'life-situation', code };
  else if (category) list = { kind: 'category', id: category };
  else if (letter && /^\p{L}$/u.test(letter)) list = { kind: 'a-z', letter: letter.toLocaleUpperCase('de') };
  return service ? { list, service } : { list };
}

/** Writes `state` into a copy of `params`, leaving everybody else's parameters alone. */
export function encodeState(state: FinderState, params: URLSearchParams, prefix = ''): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ALL_PARAMS) next.delete(prefix + name);
  const { list } = state;
  if (list.kind === 'search') next.set(prefix + PARAMS.search, list.query);
  if (list.kind === 'life-situation') next.set(prefix + PARAMS.lifeSituation, list.code);
  if (list.kind === 'category') next.set(prefix + PARAMS.category, list.id);
  if (list.kind === 'a-z') next.set(prefix + PARAMS.letter, list.letter);
  if (state.service) next.set(prefix + PARAMS.service, state.service);
  return next;
}

export function sameState(a: FinderState, b: FinderState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
