// Which kind of Apps Script project this bundle was built for.

/**
 * Built as an editor add-on or as a script bound to one Sheet: set at build time (webpack DefinePlugin replaces
 * process.env.REKAP_TARGET; REKAP_TARGET=addon npm run build). Bound is the default.
 */
export const BUILT_AS_ADDON = process.env.REKAP_TARGET === 'addon';
