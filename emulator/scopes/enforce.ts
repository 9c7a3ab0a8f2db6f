// Scope enforcement: every recorded service call is checked against the OAuth scopes the manifest grants, as
// Apps Script checks a call against the script's authorization. A manifest without oauthScopes lets Apps Script
// infer the scopes from the code (https://developers.google.com/apps-script/concepts/scopes), so nothing is refused.
import { GoogleJsonResponseException } from '../google-json-error';
import type { AppsScriptManifest } from '../manifest';
import { APPS_SCRIPT_ERRORS, type CallKind, type ScopeCheck } from '../runtime';
import { covers } from './scope-hierarchy';
import { type ScopedMethod, scopedMethod } from './scope-key';

/** Advanced services call a Google API; their ledger service is the manifest's default userSymbol. */
const ADVANCED_APIS: Readonly<Record<string, string>> = {
  Sheets: 'sheets',
  Drive: 'drive',
  Docs: 'docs',
  BigQuery: 'bigquery',
};

/** `Drive.Files.remove` calls the API method drive.files.delete (Apps Script renames `delete`, a reserved word). */
function apiMethodOf(name: string): string {
  const [symbol = '', ...path] = name.split('.');
  const method = path.pop() ?? '';
  const resources = path.map((r) => r.charAt(0).toLowerCase() + r.slice(1));
  return [ADVANCED_APIS[symbol], ...resources, method === 'remove' ? 'delete' : method].join('.');
}

export class ScopeEnforcer implements ScopeCheck {
  private readonly called = new Map<string, readonly string[]>();

  /** `granted` null: the manifest lists no oauthScopes, so Apps Script infers them and no call is refused. */
  constructor(readonly granted: readonly string[] | null) {}

  static fromManifest(manifest: AppsScriptManifest): ScopeEnforcer {
    return new ScopeEnforcer(manifest.oauthScopes ?? null);
  }

  check(service: string, method: string, kind: CallKind, duringExecution: boolean): void {
    const scoped = scopedMethod(service, method, kind);
    if (duringExecution) this.called.set(scoped.name, scoped.accepted);
    if (this.granted === null || covers(this.granted, scoped.accepted)) return;
    throw this.refusal(service, scoped);
  }

  grants(scope: string): boolean {
    return this.granted === null || covers(this.granted, [scope]);
  }

  private refusal(service: string, scoped: ScopedMethod): Error {
    // The API itself refuses the token, e.g. "API call to gmail.users.labels.list failed with error: Request had
    // insufficient authentication scopes." (https://github.com/googleworkspace/apps-script-samples/issues/159).
    if (ADVANCED_APIS[service]) {
      return new GoogleJsonResponseException(
        apiMethodOf(scoped.name),
        403,
        'Request had insufficient authentication scopes.',
      );
    }
    return new Error(APPS_SCRIPT_ERRORS.scopeNotGranted(scoped.name, scoped.accepted));
  }

  /** Every method called during an execution (a bundle's run), with the scopes it accepts. */
  calledMethods(): ReadonlyMap<string, readonly string[]> {
    return this.called;
  }
}
