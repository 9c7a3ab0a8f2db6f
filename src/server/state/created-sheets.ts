// The sheets the add-on created, by sheet id (a name can be typed by anyone): the only sheets it ever deletes.
import { readJsonProperty, writeJsonProperty } from './json-property';
import { CREATED_SHEETS } from './keys';

/** Ids of the sheets the add-on created. */
export function createdSheetIds(): Set<number> {
  const ids = readJsonProperty(CREATED_SHEETS, (parsed) =>
    Array.isArray(parsed) ? parsed.filter((id): id is number => typeof id === 'number') : null,
  );
  return new Set(ids ?? []);
}

/** Records sheet ids as the add-on's own, before the batch that adds them (an id never used names no sheet). */
export function rememberCreated(ids: readonly number[], known: ReadonlySet<number> = createdSheetIds()): void {
  const added = ids.filter((id) => !known.has(id));
  if (added.length > 0) writeJsonProperty(CREATED_SHEETS, [...known, ...added]);
}
