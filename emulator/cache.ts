// The emulated CacheService: script, document and per-user caches of strings that expire on the modelled clock.
// https://developers.google.com/apps-script/reference/cache/cache and …/cache/cache-service
import { APPS_SCRIPT_ERRORS, type Runtime } from './runtime';

/** R cache/cache: keys up to 250 characters, values up to 100 KB, entries kept at most 6 hours (10 minutes by default). */
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
/** R cache/cache: past 1,000 items a cache keeps the 900 farthest from expiring ("this limit might change"). */
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_ITEMS_KEPT = 900;

interface Entry {
  readonly value: string;
  readonly expiresAtMs: number;
}

export class EmuCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly runtime: Runtime) {}

  // A cache round trip is priced like a property read or write (the closest kind the ledger has).
  private rec(method: string): void {
    this.runtime.ledger.record('Cache', method, 'properties');
  }

  private live(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= this.runtime.now().getTime()) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  private store(values: Record<string, unknown>, seconds: number): void {
    if (!(seconds >= 1 && seconds <= CACHE_MAX_SECONDS)) throw new Error(APPS_SCRIPT_ERRORS.cacheExpirationInvalid);
    const expiresAtMs = this.runtime.now().getTime() + seconds * 1000;
    const checked = Object.entries(values).map(([key, value]) => {
      if (key.length > CACHE_KEY_MAX_CHARS) throw new Error(APPS_SCRIPT_ERRORS.cacheArgumentTooLarge('key'));
      const text = String(value);
      if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_MAX_BYTES)
        throw new Error(APPS_SCRIPT_ERRORS.cacheArgumentTooLarge('value'));
      return [key, text] as const;
    });
    for (const [key, value] of checked) this.entries.set(key, { value, expiresAtMs });
    if (this.entries.size <= CACHE_MAX_ITEMS) return;
    for (const key of [...this.entries.keys()]) this.live(key);
    if (this.entries.size > CACHE_MAX_ITEMS) {
      const kept = [...this.entries].sort((a, b) => b[1].expiresAtMs - a[1].expiresAtMs).slice(0, CACHE_ITEMS_KEPT);
      this.entries.clear();
      for (const [key, entry] of kept) this.entries.set(key, entry);
    }
  }

  /** The value, or null when absent or expired. */
  get(key: string): string | null {
    this.rec('get');
    return this.live(String(key))?.value ?? null;
  }

  /** The values found, keyed by key; absent and expired keys are left out. */
  getAll(keys: string[]): Record<string, string> {
    this.rec('getAll');
    const out: Record<string, string> = {};
    for (const key of keys.map(String)) {
      const entry = this.live(key);
      if (entry) out[key] = entry.value;
    }
    return out;
  }

  /** Stores the value as a string for `expirationInSeconds` (default 600). */
  put(key: string, value: unknown, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    this.rec('put');
    this.store({ [String(key)]: value }, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    this.rec('putAll');
    this.store(values, expirationInSeconds);
  }

  remove(key: string): void {
    this.rec('remove');
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.rec('removeAll');
    for (const key of keys) this.entries.delete(String(key));
  }
}

export class CacheServiceEmu {
  readonly app: Record<string, unknown>;
  private readonly caches = new Map<string, EmuCache>();

  /** `bound`: the script runs in a document (bound or an add-on), so getDocumentCache() is not null. */
  constructor(runtime: Runtime, bound: boolean) {
    const rec = (method: string) => runtime.ledger.record('CacheService', method, 'properties');
    const cache = (scope: string) => {
      let c = this.caches.get(scope);
      if (!c) {
        c = new EmuCache(runtime);
        this.caches.set(scope, c);
      }
      return c;
    };
    this.app = {
      getScriptCache: () => {
        rec('getScriptCache');
        return cache('script');
      },
      /** null outside a containing document (R cache/cache-service#getDocumentCache()). */
      getDocumentCache: () => {
        rec('getDocumentCache');
        return bound ? cache('document') : null;
      },
      getUserCache: () => {
        rec('getUserCache');
        return cache(`user:${runtime.effectiveUserEmail}`);
      },
    };
  }
}
