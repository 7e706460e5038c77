/**
 * Keeps the finder's state in the page URL so back/forward, reload and shared
 * links work on a CMS page without server routes. `query` mode uses the
 * query string (the CMS's own parameters, such as TYPO3's `id`, stay);
 * `hash` mode uses `#suche=…&leistung=…` for pages whose server rejects
 * unknown query parameters; `off` keeps the state in memory only.
 *
 * In a kiosk every change replaces the current history entry: what one
 * citizen searched must not wait in the history for the next one's "back".
 */
import { decodeState, encodeState, type FinderState } from './finder-state.js';

export type UrlMode = 'query' | 'hash' | 'off';

/** Marks history entries the finder created. */
const HISTORY_MARK = 'ozgServiceFinder';

export class UrlSync {
  readonly #mode: UrlMode;
  readonly #prefix: string;
  readonly #onChange: (state: FinderState) => void;
  readonly #replaceOnly: boolean;
  #memory: FinderState | undefined;

  constructor(mode: UrlMode, prefix: string, onChange: (state: FinderState) => void, options: { replaceOnly?: boolean } = {}) {
    this.#mode = mode;
    this.#prefix = prefix;
    this.#onChange = onChange;
    this.#replaceOnly = options.replaceOnly ?? false;
  }

  connect(): void {
    if (this.#mode !== 'off') window.addEventListener('popstate', this.#handle);
    if (this.#mode === 'hash') window.addEventListener('hashchange', this.#handle);
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.#handle);
    window.removeEventListener('hashchange', this.#handle);
  }

  read(): FinderState {
    if (this.#mode === 'off') return this.#memory ?? { list: { kind: 'home' } };
    return decodeState(this.#params(), this.#prefix);
  }

  /** Records `state`: a new history entry when `push`, else replaces the current one (typing). */
  write(state: FinderState, push: boolean): void {
    if (this.#mode === 'off') {
      this.#memory = state;
      return;
    }
    const url = this.href(state);
    if (url === location.href) return;
    const entry = { ...(history.state as object | null), [HISTORY_MARK]: true };
    if (push && !this.#replaceOnly) history.pushState(entry, '', url);
    else history.replaceState(entry, '', url);
  }

  /** The page URL that shows `state` (for real links: new tab, copy link). */
  href(state: FinderState): string {
    if (this.#mode === 'off') return '#';
    const url = new URL(location.href);
    const encoded = encodeState(state, this.#params(), this.#prefix).toString();
    if (this.#mode === 'query') url.search = encoded;
    else url.hash = encoded;
    return url.href;
  }

  #params(): URLSearchParams {
    if (this.#mode === 'query') return new URLSearchParams(location.search);
    const hash = location.hash.slice(1);
    // A plain anchor such as #inhalt (skip link) is not finder state.
    return new URLSearchParams(hash.includes('=') ? hash : '');
  }

  readonly #handle = () => this.#onChange(this.read());
}
