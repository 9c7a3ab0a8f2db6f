// The emulated PropertiesService: script, user (per user) and document stores of strings, with size limits.
import { APPS_SCRIPT_ERRORS, payloadBytes, type Runtime } from './runtime';

/** G services/quotas: 9 KB per value, 500 KB per property store. */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
/** G services/quotas: property reads and writes per day, consumer / Workspace. */
export const PROPERTY_CALLS_PER_DAY = { consumer: 50_000, workspace: 500_000 } as const;

/** Counts property reads and writes of the day across all stores. */
export class PropertyQuota {
  callsToday = 0;

  constructor(private readonly limit: number) {}

  use(): void {
    if (this.callsToday >= this.limit) throw new Error(APPS_SCRIPT_ERRORS.propertiesQuota);
    this.callsToday++;
  }
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class EmuProperties {
  private readonly map = new Map<string, string>();

  constructor(
    private readonly runtime: Runtime,
    private readonly name: string,
    private readonly quota: PropertyQuota,
  ) {}

  private rec(method: string, body?: unknown): void {
    this.runtime.ledger.record(this.name, method, 'properties', body === undefined ? 0 : payloadBytes(body));
    this.quota.use();
  }

  private size(replacing: Map<string, string>): number {
    let total = 0;
    for (const [k, v] of replacing) total += bytes(k) + bytes(v);
    return total;
  }

  /** Checks limits on the store as it would be after the change, then commits it. */
  private commit(next: Map<string, string>): void {
    for (const v of next.values())
      if (bytes(v) > PROPERTY_VALUE_MAX_BYTES) throw new Error(APPS_SCRIPT_ERRORS.propertyValueTooLarge);
    if (this.size(next) > PROPERTY_STORE_MAX_BYTES) throw new Error(APPS_SCRIPT_ERRORS.propertyStoreFull);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }

  getProperty(key: string): string | null {
    this.rec('getProperty');
    return this.map.get(String(key)) ?? null;
  }

  /** Values are stored as strings (G properties): setProperty('n', 5) reads back '5'. */
  setProperty(key: string, value: unknown): EmuProperties {
    this.rec('setProperty', { [key]: value });
    const next = new Map(this.map);
    next.set(String(key), String(value));
    this.commit(next);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): EmuProperties {
    this.rec('setProperties', properties);
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.commit(next);
    return this;
  }

  /** A copy: changing it does not change the store. */
  getProperties(): Record<string, string> {
    this.rec('getProperties');
    return Object.fromEntries(this.map);
  }

  getKeys(): string[] {
    this.rec('getKeys');
    return [...this.map.keys()];
  }

  deleteProperty(key: string): EmuProperties {
    this.rec('deleteProperty');
    this.map.delete(String(key));
    return this;
  }

  deleteAllProperties(): EmuProperties {
    this.rec('deleteAllProperties');
    this.map.clear();
    return this;
  }

  /** Test-facing read that is not counted. */
  peek(key: string): string | null {
    return this.map.get(key) ?? null;
  }
}

export class PropertiesServiceEmu {
  readonly script: EmuProperties;
  readonly document: EmuProperties | null;
  private readonly users = new Map<string, EmuProperties>();
  readonly quota: PropertyQuota;
  readonly app: Record<string, unknown>;

  constructor(
    private readonly runtime: Runtime,
    bound: boolean,
    workspace = false,
  ) {
    this.quota = new PropertyQuota(workspace ? PROPERTY_CALLS_PER_DAY.workspace : PROPERTY_CALLS_PER_DAY.consumer);
    this.script = new EmuProperties(runtime, 'ScriptProperties', this.quota);
    this.document = bound ? new EmuProperties(runtime, 'DocumentProperties', this.quota) : null;
    const rec = (method: string) => runtime.ledger.record('PropertiesService', method, 'properties');
    this.app = {
      getScriptProperties: () => {
        rec('getScriptProperties');
        return this.script;
      },
      getUserProperties: () => {
        rec('getUserProperties');
        return this.user(runtime.effectiveUserEmail);
      },
      // R properties/properties-service#getDocumentProperties(): null outside a bound script or add-on.
      getDocumentProperties: () => {
        rec('getDocumentProperties');
        return this.document;
      },
    };
  }

  /** The user store of one user (test-facing as well). */
  user(email: string): EmuProperties {
    let store = this.users.get(email);
    if (!store) {
      store = new EmuProperties(this.runtime, 'UserProperties', this.quota);
      this.users.set(email, store);
    }
    return store;
  }
}
