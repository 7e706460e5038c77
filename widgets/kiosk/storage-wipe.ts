/**
 * Empties what the page can store, for the next person at the terminal:
 * session and local storage, IndexedDB databases and Cache Storage.
 *
 * `all` (the kiosk's default) empties everything of the page's origin — a
 * kiosk page is the city's own and holds nothing worth keeping. `sdk` removes
 * only what ozg-widgets names `ozg-…` (form drafts), for kiosk pages that keep
 * their own settings in storage.
 */

export type WipeScope = 'all' | 'sdk';

const SDK_PREFIX = 'ozg-';

export async function wipeStorage(scope: WipeScope): Promise<void> {
  const ours = (name: string) => scope === 'all' || name.startsWith(SDK_PREFIX);
  for (const storage of webStorages()) {
    if (scope === 'all') storage.clear();
    else for (const key of keysOf(storage).filter(ours)) storage.removeItem(key);
  }
  await Promise.all([wipeIndexedDb(ours), wipeCaches(ours)]);
}

function webStorages(): Storage[] {
  const found: Storage[] = [];
  // Either may be unavailable (blocked storage, sandboxed frame): then there is nothing to wipe.
  for (const get of [() => window.sessionStorage, () => window.localStorage]) {
    try {
      found.push(get());
    } catch {
      /* not available */
    }
  }
  return found;
}

function keysOf(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key !== null);
}

async function wipeIndexedDb(ours: (name: string) => boolean): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases().catch(() => []);
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name !== undefined && ours(name))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            // A database still open elsewhere is deleted once it closes; do not wait for that.
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

async function wipeCaches(ours: (name: string) => boolean): Promise<void> {
  // Cache Storage exists only in secure contexts (https, localhost).
  if (typeof caches === 'undefined') return;
  const names = await caches.keys().catch(() => []);
  await Promise.all(names.filter(ours).map((name) => caches.delete(name)));
}
