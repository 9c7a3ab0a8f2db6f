// installEmulator: an emulator whose services are globals, so the server modules a test imports run as in Apps Script.
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator';

const installed = new Set<string>();

/**
 * Creates an emulator and puts its globals (SpreadsheetApp, DriveApp, PropertiesService, …) on globalThis, in place
 * of any installed before. The host's console stays, so test output remains readable.
 */
export function installEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator(options);
  for (const [name, service] of Object.entries(emulator.globals)) {
    if (name === 'console') continue;
    (globalThis as Record<string, unknown>)[name] = service;
    installed.add(name);
  }
  return emulator;
}

/** Takes the installed globals off globalThis again (e.g. in afterEach). */
export function removeEmulator(): void {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
  installed.clear();
}
