// Which kind of Apps Script project this bundle was built for.

export type BuildTarget = 'addon' | 'bound';

/**
 * The editor add-on (the default deployment: its code lives in a project only the maintainers can edit) or a script
 * bound to one Sheet (trials: every editor of the Sheet can change its code). Set at build time: webpack's
 * DefinePlugin replaces process.env.REKAP_TARGET (webpack.config.cjs); the source run by unit tests is the add-on.
 */
export const BUILD_TARGET: BuildTarget = process.env.REKAP_TARGET === 'bound' ? 'bound' : 'addon';

export const BUILT_AS_ADDON = BUILD_TARGET === 'addon';
