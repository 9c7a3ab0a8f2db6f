// The Apps Script manifest (appsscript.json) as the emulator reads it: the OAuth scopes the script is granted and
// the advanced services it enables (https://developers.google.com/apps-script/manifest).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of dependencies.enabledAdvancedServices (https://developers.google.com/apps-script/manifest/dependencies). */
export interface EnabledAdvancedService {
  readonly userSymbol: string;
  readonly serviceId: string;
  readonly version: string;
}

export interface AppsScriptManifest {
  /** Absent: Apps Script infers the scopes from the code (https://developers.google.com/apps-script/concepts/scopes). */
  readonly oauthScopes?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly EnabledAdvancedService[] };
}

export function readManifest(path: string): AppsScriptManifest {
  // Every Apps Script project has a manifest; a bundle without one was not built by scripts/build.mjs.
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as AppsScriptManifest;
}

/** The repository's appsscript.json, which the bundle ships with: tests without a bundle obey it too. */
export function repositoryManifest(): AppsScriptManifest {
  return readManifest(join(__dirname, '..', 'appsscript.json'));
}

/** An advanced service the emulator models, keyed `serviceId@version` (e.g. `drive@v3`). */
export type AdvancedServices = Readonly<Record<string, unknown>>;

/**
 * The globals the manifest's advanced services add, each under its userSymbol. A service that is not enabled is not
 * defined at all, so a script using it fails with "ReferenceError: Drive is not defined"
 * (https://developers.google.com/apps-script/guides/services/advanced).
 */
export function advancedServiceGlobals(
  manifest: AppsScriptManifest,
  modelled: AdvancedServices,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of manifest.dependencies?.enabledAdvancedServices ?? []) {
    const service = modelled[`${entry.serviceId}@${entry.version}`];
    if (service === undefined) {
      throw new Error(`Emulator: the advanced service ${entry.serviceId} ${entry.version} is not modelled.`);
    }
    out[entry.userSymbol] = service;
  }
  return out;
}

/** The userSymbols the manifest's advanced services take. */
export function advancedServiceSymbols(manifest: AppsScriptManifest): string[] {
  return (manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol);
}
