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
    this.logger = {
      // Logger.log(format, values...) substitutes %s like console (R base/logger#log(String,Object...)).
      log: (...args: unknown[]) => {
        push('log', args);
        return this.logger;
      },
      getLog: () =>
        this.entries
          .filter((e) => e.level === 'log')
          .map((e) => e.message)
          .join('\n'),
      clear: () => {
        this.entries.length = 0;
      },
    };
    this.console = {
      log: (...args: unknown[]) => push('log', args),
      info: (...args: unknown[]) => push('info', args),
      warn: (...args: unknown[]) => push('warn', args),
      error: (...args: unknown[]) => push('error', args),
      time: (label: string) => this.timers.set(label, runtime.now().getTime()),
      timeEnd: (label: string) => {
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
