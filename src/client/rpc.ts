// Typed calls to the server over google.script.run: each name and argument list is checked against ServerApi.
import type { ServerApi } from '../shared/rpc';

export type ServerFunctionName = keyof ServerApi;
export type ServerResult<K extends ServerFunctionName> = ReturnType<ServerApi[K]>;

type Invoker = Record<string, (...args: unknown[]) => void>;

/** Calls the server function `name` and resolves with its result; rejects with the server's Error. */
export function call<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as ServerResult<K>))
      .withFailureHandler((error: Error) => reject(error));
    // google.script.run exposes each server function as a method of the runner, so it is looked up by name.
    const invoker = runner as unknown as Invoker;
    const fn = invoker[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Server function ${name} is not available`));
      return;
    }
    fn.apply(runner, args);
  });
}
