// OAuth scope coverage for the emulator: does a set of granted scopes (the manifest's oauthScopes) let a
// script call a method that accepts any one of `accepted` (a list from method-scopes.json)?
//
// A scope covers itself and every scope documented as a narrower part of it. Only such documented
// inclusions are listed; scopes of different products never imply each other (e.g. `drive` does not cover
// `spreadsheets`: where an API accepts `drive`, the method's own list names it).

const AUTH = 'https://www.googleapis.com/auth/';

/** Each scope → the narrower scopes it includes (one direction only; applied transitively). */
export const SCOPE_INCLUDES: Readonly<Record<string, readonly string[]>> = {
  [`${AUTH}spreadsheets`]: [
    // "See all" ⊂ "See, edit, create, and delete all": https://developers.google.com/workspace/sheets/api/scopes
    `${AUTH}spreadsheets.readonly`,
    // Only the file the add-on runs in: https://developers.google.com/workspace/add-ons/concepts/editor-scopes
    `${AUTH}spreadsheets.currentonly`,
  ],
  [`${AUTH}documents`]: [
    // "See all" ⊂ "See, edit, create, and delete all": https://developers.google.com/docs/api/auth
    `${AUTH}documents.readonly`,
    // Only the file the add-on runs in: https://developers.google.com/workspace/add-ons/concepts/editor-scopes
    `${AUTH}documents.currentonly`,
  ],
  [`${AUTH}presentations`]: [
    // "See all" ⊂ "See, edit, create, and delete all": https://developers.google.com/slides/api/scopes
    `${AUTH}presentations.readonly`,
    // Only the file the add-on runs in: https://developers.google.com/workspace/add-ons/concepts/editor-scopes
    `${AUTH}presentations.currentonly`,
  ],
  [`${AUTH}forms`]: [
    // Only the file the add-on runs in: https://developers.google.com/workspace/add-ons/concepts/editor-scopes
    `${AUTH}forms.currentonly`,
  ],
  [`${AUTH}drive`]: [
    // "See and download all" ⊂ "all": https://developers.google.com/workspace/drive/api/guides/api-specific-auth
    `${AUTH}drive.readonly`,
    // Per-file access ⊂ all files: https://developers.google.com/workspace/drive/api/guides/api-specific-auth
    `${AUTH}drive.file`,
  ],
};

/** The granted scopes plus every scope they include, transitively. */
export function expandScopes(granted: readonly string[]): Set<string> {
  const out = new Set<string>();
  const queue = [...granted];
  for (let scope = queue.pop(); scope !== undefined; scope = queue.pop()) {
    if (out.has(scope)) continue;
    out.add(scope);
    queue.push(...(SCOPE_INCLUDES[scope] ?? []));
  }
  return out;
}

/**
 * True iff a method that accepts any one of `accepted` may run under `granted`: an empty list means the
 * method's reference names no scope. The caller tells an unknown method (no entry) from an empty list.
 */
export function covers(granted: readonly string[], accepted: readonly string[]): boolean {
  if (accepted.length === 0) return true;
  const effective = expandScopes(granted);
  return accepted.some((scope) => effective.has(scope));
}
