// Test helper: a fresh emulator whose services are installed as globals, so server modules run as in Apps Script.
import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index';

const installed = new Set<string>();

/** Installs a new emulator's globals (SpreadsheetApp, PropertiesService, …) and returns it. */
export function installEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({ owner: 'admin@kanwil.example', workspace: true, ...options });
  for (const [name, value] of Object.entries(emulator.globals)) {
    if (name === 'console') continue;
    (globalThis as Record<string, unknown>)[name] = value;
    installed.add(name);
  }
  return emulator;
}

/** Removes the globals again (call in afterEach). */
export function removeEmulator(): void {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
  installed.clear();
}
