// The national deployment's manifest: appsscript.json and what appsscript.national.json adds to it, its extra scopes
// and advanced services only (the add-on and bound builds never gain them). Used by the build and the contract build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function nationalManifest(root) {
  const base = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
  const extra = JSON.parse(readFileSync(join(root, 'appsscript.national.json'), 'utf8'));
  const services = base.dependencies?.enabledAdvancedServices ?? [];
  return {
    ...base,
    oauthScopes: [...base.oauthScopes, ...extra.oauthScopes],
    dependencies: { ...base.dependencies, enabledAdvancedServices: [...services, ...extra.enabledAdvancedServices] },
  };
}

/** The manifest as written into a build folder. */
export const manifestText = (manifest) => `${JSON.stringify(manifest, null, 2)}\n`;
