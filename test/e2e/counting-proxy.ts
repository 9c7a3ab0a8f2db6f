// An independent meter: proxies around every object the emulator hands the bundle, counting each method call the
// script makes and the ledger entries recorded during it. The ledger is honest when every call records exactly one.

import type { Emulator } from '../../emulator';

export interface MeteredCall {
  /** The method name as the script called it, e.g. "getValues". */
  readonly name: string;
  /** The ledger entries recorded while it ran, e.g. ["Range.getValues"]. */
  readonly recorded: readonly string[];
}

/** What a method is called on: Apps Script objects and plain service namespaces; never data (dates, arrays, blobs' bytes). */
const wrappable = (v: unknown): v is object =>
  (typeof v === 'object' && v !== null && !(v instanceof Date) && !ArrayBuffer.isView(v)) || typeof v === 'function';

/** Wraps `emulator.globals` and the advanced services in place; `calls` receives one entry per method call the script makes on them. */
export function meterGlobals(emulator: Emulator): { calls: MeteredCall[]; wrap<T>(value: T): T } {
  const calls: MeteredCall[] = [];
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const ledger = emulator.ledger;

  const unwrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(unwrap);
    if (wrappable(v)) return targets.get(v) ?? v;
    return v;
  };

  const wrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(wrap);
    if (!wrappable(v) || typeof v === 'function') return v;
    const known = proxies.get(v);
    if (known) return known;
    const proxy = new Proxy(v, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (typeof key === 'symbol') return value;
        if (typeof value !== 'function') return wrap(value);
        return (...args: unknown[]) => {
          const first = ledger.count;
          const entry = { name: key, recorded: [] as string[] };
          calls.push(entry);
          try {
            return wrap((value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap)));
          } finally {
            entry.recorded = ledger
              .all()
              .slice(first)
              .map((c) => `${c.service}.${c.method}`);
          }
        };
      },
    });
    proxies.set(v, proxy);
    targets.set(proxy, v);
    return proxy;
  };

  for (const [name, service] of Object.entries(emulator.globals)) emulator.globals[name] = wrap(service);
  // The advanced services reach a bundle from here, under the userSymbols its manifest enables.
  const advanced = emulator.advancedServices as Record<string, unknown>;
  for (const [key, service] of Object.entries(advanced)) advanced[key] = wrap(service);
  return { calls, wrap: wrap as <T>(value: T) => T };
}

/** Calls that did not record exactly one ledger entry naming the method called, as "name → [recorded]". */
export function dishonest(calls: readonly MeteredCall[]): string[] {
  const out = new Set<string>();
  for (const c of calls) {
    const ok = c.recorded.length === 1 && (c.recorded[0] ?? '').split('.').at(-1) === c.name;
    if (!ok) out.add(`${c.name} → [${c.recorded.join(', ')}]`);
  }
  return [...out].sort();
}
