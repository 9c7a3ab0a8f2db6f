// Runs the BUILT bundle (dist/Code.js) in a vm context whose globals are the emulator, as Apps Script would run it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import type { Emulator } from './emulator';
import { advancedServiceGlobals, advancedServiceSymbols, readManifest } from './manifest';
import { APPS_SCRIPT_ERRORS, type AuthModeName } from './runtime';
import { ScopeEnforcer } from './scopes/enforce';

export interface RunUser {
  /** Session.getActiveUser().getEmail(); '' where Apps Script hides it. */
  active: string;
  /** Session.getEffectiveUser(); defaults to `active`. */
  effective?: string;
  authMode?: AuthModeName;
}

export interface TriggerOutcome {
  handler: string;
  outcome: 'ok' | 'error';
  error?: string;
}

export interface Bundle {
  /** Top-level function names, as the Apps Script editor and google.script.run see them. */
  readonly functions: string[];
  /** The global object of the latest execution (each execution has its own), for inspection. */
  readonly context: vm.Context;
  /** Runs a top-level function as one execution by the owner in FULL auth (a menu click). */
  run(name: string, ...args: unknown[]): unknown;
  runAs(user: RunUser, name: string, ...args: unknown[]): unknown;
  /** As google.script.run: public top-level functions only, JSON-only arguments and result. */
  callFromSidebar(user: string, name: string, ...args: unknown[]): unknown;
  /**
   * Runs every time-driven trigger due at the modelled clock, each as its creator; an add-on's trigger whose user
   * uninstalled it, or whose document disabled it, does not run.
   */
  fireTimeTriggers(): TriggerOutcome[];
  /**
   * Runs onOpen as a simple trigger (30 s limit). `authMode` defaults to LIMITED when bound; for an add-on, to what
   * its lifecycle gives the user (addon.ts): LIMITED where enabled, NONE where only installed, and no run at all
   * where it is absent for them.
   */
  simpleOnOpen(authMode?: AuthModeName, openedBy?: string): void;
  /** Runs onEdit as a simple trigger with the given event object; an add-on's in the mode its lifecycle gives. */
  simpleOnEdit(event: Record<string, unknown>, editedBy?: string): void;
  /** An add-on installed by `user` while in the spreadsheet: enabled there, then onInstall runs in AuthMode.FULL. */
  installAddOn(user?: string): void;
}

/** Apps Script's limits (G services/quotas): 6 minutes per execution, 30 seconds for a simple trigger. */
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/** Apps Script's wording when a menu item or trigger names a function that does not exist. */
const functionNotFound = (name: string) => `Script function not found: ${name}`;

/** Top-level `function name(` declarations: what Apps Script lists as runnable functions. */
function topLevelFunctionNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/gm)) names.add(m[1]);
  return [...names];
}

const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';
/** Consumer accounts never share a "domain" in Apps Script's sense. */
const sameDomain = (a: string, b: string) =>
  domainOf(a) !== '' && domainOf(a) === domainOf(b) && domainOf(a) !== 'gmail.com';

/**
 * google.script.run accepts primitives, null, arrays and plain objects (G html/reference/run); a Date, a function or
 * a class instance fails. Checks across realms (the bundle's objects come from the vm context).
 */
function assertJsonSafe(value: unknown, where: string): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return;
  if (t === 'function' || t === 'symbol' || t === 'bigint')
    throw new Error(`${where}: a ${t} cannot cross google.script.run.`);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') throw new Error(`${where}: a Date cannot cross google.script.run; send an ISO string.`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      assertJsonSafe(v, `${where}[${i}]`);
    });
    return;
  }
  const proto = Object.getPrototypeOf(value);
  const plain = proto === null || Object.getPrototypeOf(proto) === null;
  if (!plain) throw new Error(`${where}: only plain objects can cross google.script.run (got ${tag}).`);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) assertJsonSafe(v, `${where}.${k}`);
}

/** JSON round trip: undefined inside arrays becomes null, undefined properties disappear. */
function jsonRoundTrip(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * Error constructors for the script that are the host's (so errors from the emulator and the script agree on
 * `instanceof Error`), and that also recognise errors the vm engine itself raises (TypeError on null, …).
 */
function crossRealmErrors(): Record<string, unknown> {
  const make = (Base: ErrorConstructor, name: string) => {
    const Cls = class extends Base {
      static [Symbol.hasInstance](v: unknown): boolean {
        if (Object.prototype.toString.call(v) !== '[object Error]') return false;
        return name === 'Error' || (v as Error).name === name;
      }
    };
    Object.defineProperty(Cls, 'name', { value: name });
    Object.defineProperty(Cls.prototype, 'name', { value: name, writable: true, configurable: true });
    return Cls;
  };
  return {
    Error: make(Error, 'Error'),
    TypeError: make(TypeError, 'TypeError'),
    RangeError: make(RangeError, 'RangeError'),
  };
}

/**
 * The globals the bundle's manifest (dist/appsscript.json) gives the script: the built-in services, and only the
 * advanced services it enables. Its oauthScopes become the scopes every call is checked against.
 */
function scriptGlobals(emulator: Emulator, distDir: string): Record<string, unknown> {
  const manifest = readManifest(join(distDir, 'appsscript.json'));
  emulator.runtime.scopes = ScopeEnforcer.fromManifest(manifest);
  const builtIn = Object.entries(emulator.globals).filter(
    ([name]) => !advancedServiceSymbols(emulator.options.manifest).includes(name),
  );
  return { ...Object.fromEntries(builtIn), ...advancedServiceGlobals(manifest, emulator.advancedServices) };
}

/**
 * The script's Date: `new Date()` and `Date.now()` read the modelled clock, so runs are deterministic; `Date()`
 * without `new` gives the string as JavaScript does. Every date is a plain host Date (its prototype is the
 * host's), so dates from getValues() and from the script agree on `instanceof Date`.
 */
function modelledDate(runtime: Emulator['runtime']): DateConstructor {
  function ScriptDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Date(runtime.now().getTime()).toString();
    return Reflect.construct(Date, args.length === 0 ? [runtime.now().getTime()] : args, new.target);
  }
  ScriptDate.prototype = Date.prototype;
  Object.setPrototypeOf(ScriptDate, Date);
  Object.defineProperty(ScriptDate, 'name', { value: 'Date' });
  Object.defineProperty(ScriptDate, 'now', {
    value: () => runtime.now().getTime(),
    writable: true,
    configurable: true,
  });
  return ScriptDate as unknown as DateConstructor;
}

export function loadBundle(emulator: Emulator, opts: { codePath?: string; distDir?: string } = {}): Bundle {
  const distDir = resolve(opts.distDir ?? join(process.cwd(), 'dist'));
  const codePath = opts.codePath ?? join(distDir, 'Code.js');
  // The harness runs the built artifact and builds nothing itself.
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run \`npm run build\` first.`);
  const code = readFileSync(codePath, 'utf8');
  for (const f of readdirSync(distDir)) {
    if (f.endsWith('.html')) emulator.html.files.set(f.slice(0, -5), readFileSync(join(distDir, f), 'utf8'));
  }
  const runtime = emulator.runtime;
  const script = new vm.Script(code, { filename: codePath });
  const globals = scriptGlobals(emulator, distDir);
  // Every execution loads the whole script anew: its top-level statements run again and no global survives from a
  // previous execution (https://mogsdad.wordpress.com/2016/01/21/did-you-know-you-might-have-phantom-code/).
  const load = (): vm.Context => {
    const fresh = vm.createContext({ ...globals, ...crossRealmErrors(), Date: modelledDate(runtime) });
    script.runInContext(fresh);
    return fresh;
  };
  let context = load();
  const functions = topLevelFunctionNames(code).filter((n) => typeof context[n] === 'function');
  let executions = 0;

  const execute = (user: RunUser, limitMs: number, name: string, args: unknown[]): unknown => {
    context = load();
    const fn = context[name];
    if (typeof fn !== 'function' || !functions.includes(name)) throw new Error(functionNotFound(name));
    const saved = {
      active: runtime.activeUserEmail,
      effective: runtime.effectiveUserEmail,
      authMode: runtime.authMode,
      execution: runtime.executionId,
      // An execution started inside another (a test's interleaving) leaves the outer one's write cache as it was.
      unflushed: runtime.unflushedWrites,
      hazards: [...runtime.hazards],
    };
    executions++;
    const execution = `bundle-execution-${executions}`;
    runtime.activeUserEmail = user.active;
    runtime.effectiveUserEmail = user.effective ?? user.active;
    runtime.authMode = user.authMode ?? 'FULL';
    runtime.executionId = execution;
    runtime.beginExecution(limitMs);
    try {
      const result = (fn as (...a: unknown[]) => unknown)(...args);
      if (runtime.hazards.length > 0) throw new Error(runtime.hazards.join(' '));
      return result;
    } finally {
      // When an execution ends, Apps Script releases the locks it still holds (R lock/lock).
      emulator.locks.releaseAllOf(execution);
      emulator.docs.saveAllAtEndOfExecution();
      runtime.endExecution();
      runtime.activeUserEmail = saved.active;
      runtime.effectiveUserEmail = saved.effective;
      runtime.authMode = saved.authMode;
      runtime.executionId = saved.execution;
      runtime.unflushedWrites = saved.unflushed;
      runtime.hazards.splice(0, runtime.hazards.length, ...saved.hazards);
    }
  };

  const owner = emulator.options.owner;
  const activeFor = (who: string) => (sameDomain(who, owner) || who === owner ? who : '');
  const lifecycle = emulator.addOnLifecycle;
  const documentId = () => emulator.sheets.activeUnrecorded()?.id ?? emulator.spreadsheet.id;
  /** A person running an add-on's function with full authorization is using it in the document. */
  const using = (user: RunUser) => {
    if ((user.authMode ?? 'FULL') === 'FULL') lifecycle?.use(user.effective ?? user.active, documentId());
  };
  /** The simple trigger's mode: given, LIMITED when bound, or the add-on's for this user (null: it does not run). */
  const simpleTriggerMode = (given: AuthModeName | undefined, who: string): AuthModeName | null =>
    given ?? (lifecycle ? lifecycle.simpleTriggerMode(who, documentId()) : 'LIMITED');

  return {
    functions,
    get context() {
      return context;
    },
    run: (name, ...args) => {
      using({ active: owner });
      return execute({ active: owner }, EXECUTION_LIMIT_MS, name, args);
    },
    runAs: (user, name, ...args) => {
      using(user);
      return execute(user, EXECUTION_LIMIT_MS, name, args);
    },
    callFromSidebar: (user, name, ...args) => {
      // Names ending in '_' are private: google.script.run has no such member (G guides/html/reference/run).
      if (name.endsWith('_') || !functions.includes(name)) {
        throw new TypeError(`google.script.run.${name} is not a function`);
      }
      args.forEach((a, i) => {
        assertJsonSafe(a, `argument ${i + 1}`);
      });
      const sent = args.map((a) => jsonRoundTrip(a) ?? null);
      using({ active: activeFor(user), effective: user });
      const result = execute({ active: activeFor(user), effective: user }, EXECUTION_LIMIT_MS, name, sent);
      assertJsonSafe(result, `result of ${name}`);
      return jsonRoundTrip(result);
    },
    fireTimeTriggers: () =>
      emulator.triggers
        .dueTimeTriggers()
        .filter(({ trigger, owner: creator }) => lifecycle?.triggerFires(creator, trigger.documentId) ?? true)
        .map(({ trigger, handler, owner: creator }) => {
          const at = runtime.now();
          // Time-driven event object (G triggers/events#time-driven-events).
          const event = {
            authMode: 'FULL',
            triggerUid: trigger.id,
            year: at.getUTCFullYear(),
            month: at.getUTCMonth() + 1,
            'day-of-month': at.getUTCDate(),
            hour: at.getUTCHours(),
            minute: at.getUTCMinutes(),
            second: at.getUTCSeconds(),
            timezone: 'UTC',
          };
          if (emulator.triggers.triggerRuntimeExhausted()) {
            return { handler, outcome: 'error' as const, error: APPS_SCRIPT_ERRORS.triggerRuntimeQuota };
          }
          const started = runtime.now().getTime();
          // Nobody has an editor open for a time-driven run: getUi() refuses (spreadsheet/index.ts).
          const ui = emulator.sheets.ui;
          const hadUi = ui.available;
          ui.available = false;
          try {
            execute({ active: creator, effective: creator }, EXECUTION_LIMIT_MS, handler, [event]);
            return { handler, outcome: 'ok' as const };
          } catch (e) {
            return { handler, outcome: 'error' as const, error: e instanceof Error ? e.message : String(e) };
          } finally {
            ui.available = hadUi;
            emulator.triggers.triggerRuntimeTodayMs += runtime.now().getTime() - started;
          }
        }),
    simpleOnOpen: (authMode, openedBy = owner) => {
      const mode = simpleTriggerMode(authMode, openedBy);
      if (mode === null) return;
      const event = { authMode: mode, source: emulator.spreadsheet, user: { getEmail: () => activeFor(openedBy) } };
      execute(
        { active: activeFor(openedBy), effective: activeFor(openedBy), authMode: mode },
        SIMPLE_TRIGGER_LIMIT_MS,
        'onOpen',
        [event],
      );
    },
    simpleOnEdit: (event, editedBy = owner) => {
      const mode = simpleTriggerMode(undefined, editedBy);
      if (mode === null) return;
      const full = { authMode: mode, source: emulator.spreadsheet, ...event };
      execute(
        { active: activeFor(editedBy), effective: activeFor(editedBy), authMode: mode },
        SIMPLE_TRIGGER_LIMIT_MS,
        'onEdit',
        [full],
      );
    },
    installAddOn: (user = owner) => {
      if (!lifecycle)
        throw new Error('installAddOn: this emulator runs a bound script (createEmulator({ addOn: true })).');
      lifecycle.use(user, documentId());
      // The install event object (G triggers/events#install).
      execute({ active: activeFor(user), effective: user, authMode: 'FULL' }, SIMPLE_TRIGGER_LIMIT_MS, 'onInstall', [
        { authMode: 'FULL' },
      ]);
    },
  };
}
