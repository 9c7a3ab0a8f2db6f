// The emulated LockService: script, document and user locks shared between executions, with modelled waiting.
import { APPS_SCRIPT_ERRORS, type Runtime } from './runtime';

interface Holder {
  execution: string;
  /** Modelled epoch ms at which another execution lets go; null = holds until its execution ends. */
  releaseAtMs: number | null;
}

/** All locks of the script, shared by every execution; keys: 'script', 'document', 'user:<email>'. */
export class LockRegistry {
  private readonly holders = new Map<string, Holder>();

  constructor(private readonly runtime: Runtime) {}

  /** Test-facing: another execution holds the script lock (until `releaseAt`, or until that execution ends). */
  holdScriptLock(byExecution: string, releaseAt?: Date): void {
    this.hold('script', byExecution, releaseAt);
  }

  holdDocumentLock(byExecution: string, releaseAt?: Date): void {
    this.hold('document', byExecution, releaseAt);
  }

  hold(key: string, byExecution: string, releaseAt?: Date): void {
    this.holders.set(key, { execution: byExecution, releaseAtMs: releaseAt ? releaseAt.getTime() : null });
  }

  holder(key: string): string | null {
    this.expire(key);
    return this.holders.get(key)?.execution ?? null;
  }

  private expire(key: string): void {
    const h = this.holders.get(key);
    if (h?.releaseAtMs !== null && h !== undefined && h.releaseAtMs <= this.runtime.now().getTime())
      this.holders.delete(key);
  }

  /**
   * Tries to take `key` for the current execution, waiting up to `timeoutMs` on the modelled clock: the clock
   * advances to the moment the other holder lets go, or by the whole timeout when it does not.
   */
  acquire(key: string, timeoutMs: number): boolean {
    const me = this.runtime.executionId;
    this.expire(key);
    const h = this.holders.get(key);
    if (!h || h.execution === me) {
      this.holders.set(key, { execution: me, releaseAtMs: null });
      return true;
    }
    const now = this.runtime.now().getTime();
    if (h.releaseAtMs !== null && h.releaseAtMs <= now + timeoutMs) {
      this.runtime.advance(h.releaseAtMs - now);
      this.holders.set(key, { execution: me, releaseAtMs: null });
      return true;
    }
    this.runtime.advance(Math.max(0, timeoutMs));
    return false;
  }

  release(key: string): void {
    if (this.holders.get(key)?.execution === this.runtime.executionId) this.holders.delete(key);
  }

  /** Called when an execution ends: Apps Script releases every lock it still held (R lock/lock). */
  releaseAllOf(execution: string): void {
    for (const [k, h] of [...this.holders]) if (h.execution === execution) this.holders.delete(k);
  }
}

export class EmuLock {
  constructor(
    private readonly runtime: Runtime,
    private readonly registry: LockRegistry,
    private readonly key: string,
  ) {}

  /**
   * R lock/lock#tryLock(Integer): false on timeout; true at once if this execution already holds it. A negative
   * timeout fails even on a free lock (live Apps Script, per gas-fakes' test/testlock.js).
   */
  tryLock(timeoutInMillis: number): boolean {
    this.runtime.ledger.record('Lock', 'tryLock', 'lock');
    return timeoutInMillis >= 0 && this.registry.acquire(this.key, timeoutInMillis);
  }

  /** R lock/lock#waitLock(Integer): throws on timeout, and at once for a negative timeout (as tryLock). */
  waitLock(timeoutInMillis: number): void {
    this.runtime.ledger.record('Lock', 'waitLock', 'lock');
    if (!(timeoutInMillis >= 0 && this.registry.acquire(this.key, timeoutInMillis)))
      throw new Error(APPS_SCRIPT_ERRORS.lockTimeout);
  }

  releaseLock(): void {
    this.runtime.ledger.record('Lock', 'releaseLock', 'lock');
    this.registry.release(this.key);
  }

  hasLock(): boolean {
    this.runtime.ledger.record('Lock', 'hasLock', 'lock');
    return this.registry.holder(this.key) === this.runtime.executionId;
  }
}

export class LockServiceEmu {
  readonly registry: LockRegistry;
  readonly app: Record<string, unknown>;

  /** `bound`: the script runs bound to (or as an add-on of) a document, so getDocumentLock() is not null. */
  constructor(runtime: Runtime, bound: boolean) {
    this.registry = new LockRegistry(runtime);
    const rec = (method: string) => runtime.ledger.record('LockService', method, 'lock');
    this.app = {
      getScriptLock: () => {
        rec('getScriptLock');
        return new EmuLock(runtime, this.registry, 'script');
      },
      getDocumentLock: () => {
        rec('getDocumentLock');
        return bound ? new EmuLock(runtime, this.registry, 'document') : null;
      },
      getUserLock: () => {
        rec('getUserLock');
        return new EmuLock(runtime, this.registry, `user:${runtime.effectiveUserEmail}`);
      },
    };
  }
}
