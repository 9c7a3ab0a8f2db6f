// Which kind of Apps Script project this bundle was built for.

export type BuildTarget = 'addon' | 'bound' | 'national';

/**
 * The editor add-on (the default deployment: its code lives in a project only the maintainers can edit) or a script
 * bound to one Sheet (trials: every editor of the Sheet can change its code), or the national deployment: the add-on
 * with "Rekap nasional" for the Directorate General's workbook (manifest: appsscript.national.json). Set at build time: webpack's
 * DefinePlugin replaces process.env.REKAP_TARGET (webpack.config.cjs); the source run by unit tests is the add-on.
 */
const TARGET = process.env.REKAP_TARGET;
export const BUILD_TARGET: BuildTarget = TARGET === 'bound' || TARGET === 'national' ? TARGET : 'addon';

export const BUILT_AS_ADDON = BUILD_TARGET !== 'bound';
/** The national deployment: its menu adds "Rekap nasional". */
export const BUILT_NATIONAL = BUILD_TARGET === 'national';
