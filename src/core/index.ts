// Public API of the domain core (pure TypeScript, no Apps Script services).
export * from './a1';
export * from './cell-text';
export * from './config';
export * from './format';
export * from './schema';
export * from './sheet-names';
export * from './tab-layout';
export * from './types';
export * from './validate-unit';
export * from './validate-workbook';
export * from './locate-tab';
export * from './messages';
export * from './migrate';
export * from './parse-value';
