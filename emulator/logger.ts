// Logger and console for scripts: every line is captured in a log tests can read (and nothing goes to stdout).
import { format } from 'node:util';
import type { Runtime } from './runtime';

export interface LogEntry {
  readonly level: 'log' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly at: Date;
}

export class LogCapture {
  readonly entries: LogEntry[] = [];
  readonly logger: Record<string, unknown>;
  readonly console: Record<string, unknown>;
  private readonly timers = new Map<string, number>();

  constructor(runtime: Runtime) {
    const push = (level: LogEntry['level'], args: unknown[]) =>
      this.entries.push({ level, message: format(...args), at: runtime.now() });
    // Logging is recorded (kind 'utility'): Apps Script sends the lines after the execution, not per call.
    const rec = (service: string, method: string) => runtime.ledger.record(service, method, 'utility');
    this.logger = {
      // Logger.log(format, values...) substitutes %s like console (R base/logger#log(String,Object...)).
      log: (...args: unknown[]) => {
        rec('Logger', 'log');
        push('log', args);
        return this.logger;
      },
      getLog: () => {
        rec('Logger', 'getLog');
        return this.entries
          .filter((e) => e.level === 'log')
          .map((e) => e.message)
          .join('\n');
      },
      clear: () => {
        rec('Logger', 'clear');
        this.entries.length = 0;
      },
    };
    const line =
      (level: LogEntry['level']) =>
      (...args: unknown[]) => {
        rec('console', level);
        push(level, args);
      };
    this.console = {
      log: line('log'),
      info: line('info'),
      warn: line('warn'),
      error: line('error'),
      time: (label: string) => {
        rec('console', 'time');
        this.timers.set(label, runtime.now().getTime());
      },
      timeEnd: (label: string) => {
        rec('console', 'timeEnd');
        const start = this.timers.get(label);
        if (start !== undefined) push('info', [`${label}: ${runtime.now().getTime() - start}ms`]);
        this.timers.delete(label);
      },
    };
  }

  /** All messages, one string per entry. */
  messages(): string[] {
    return this.entries.map((e) => e.message);
  }
}
