/**
 * Form drafts in the browser's storage, so nothing typed is lost on reload.
 *
 * - `session` (default): sessionStorage, gone when the tab closes.
 * - `local`: localStorage, kept across visits for `maxAgeDays` (the editor
 *   opts in; documented in docs/privacy-and-security.md).
 * - `off`: nothing stored — always in kiosk mode.
 *
 * Files cannot be stored; the draft remembers which were chosen so the form
 * can ask for them again. Keys start with `ozg-draft:` so a kiosk wipe finds
 * every one.
 */

export type DraftStorage = 'session' | 'local' | 'off';

export const DRAFT_KEY_PREFIX = 'ozg-draft:';

export interface Draft {
  data: Record<string, unknown>;
  step: number;
  /** Kept for every retry of the same application. */
  idempotencyKey: string;
  /** Names of files that were attached, to ask for them again. */
  files: { specId: string; name: string }[];
  savedAt: string;
}

export class DraftStore {
  readonly #key: string;
  readonly #storage: Storage | undefined;
  readonly #maxAgeMs: number;

  constructor(formKey: string, mode: DraftStorage, maxAgeDays = 7) {
    this.#key = `${DRAFT_KEY_PREFIX}${formKey}`;
    this.#storage = mode === 'off' ? undefined : storageOf(mode);
    this.#maxAgeMs = maxAgeDays * 24 * 60 * 60 * 1000;
  }

  get enabled(): boolean {
    return this.#storage !== undefined;
  }

  load(): Draft | undefined {
    if (!this.#storage) return undefined;
    try {
      const raw = this.#storage.getItem(this.#key);
      if (!raw) return undefined;
      const draft = JSON.parse(raw) as Draft;
      if (typeof draft !== 'object' || draft === null || typeof draft.idempotencyKey !== 'string' || typeof draft.data !== 'object') {
        this.clear();
        return undefined;
      }
      if (Date.now() - Date.parse(draft.savedAt) > this.#maxAgeMs) {
        this.clear();
        return undefined;
      }
      return { ...draft, files: Array.isArray(draft.files) ? draft.files : [] };
    } catch {
      // Corrupt or unreadable: start fresh rather than break the form.
      this.clear();
      return undefined;
    }
  }

  save(draft: Omit<Draft, 'savedAt'>): void {
    if (!this.#storage) return;
    try {
      this.#storage.setItem(this.#key, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
    } catch {
      // Storage full or denied (private mode): the form keeps working without a draft.
    }
  }

  clear(): void {
    try {
      this.#storage?.removeItem(this.#key);
    } catch {
      // Nothing to do: the draft cannot be read either.
    }
  }
}

function storageOf(mode: 'session' | 'local'): Storage | undefined {
  try {
    return mode === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}
