// Data validation rules and their builder, as SpreadsheetApp.newDataValidation() gives them, with the check a person's typing meets.
import type { CellValue } from './cell';

export type CriteriaType =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'TEXT_IS_VALID_EMAIL'
  | 'DATE_IS_VALID_DATE'
  | 'CHECKBOX'
  | 'CUSTOM_FORMULA';

export class EmuDataValidation {
  constructor(
    readonly criteriaType: CriteriaType,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getCriteriaType(): CriteriaType {
    return this.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    return [...this.criteriaValues];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    return this.helpText || null;
  }
  copy(): EmuDataValidationBuilder {
    const b = new EmuDataValidationBuilder();
    b.criteria = this.criteriaType;
    b.values = [...this.criteriaValues];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }

  /** Whether a typed value satisfies the rule (blank always passes, as in Sheets). */
  accepts(value: CellValue): boolean {
    if (value === '' || value === null) return true;
    const v = this.criteriaValues;
    const n = typeof value === 'number' ? value : null;
    switch (this.criteriaType) {
      case 'VALUE_IN_LIST':
        return (v[0] as unknown[]).map(String).includes(String(value));
      case 'NUMBER_BETWEEN':
        return n !== null && n >= Number(v[0]) && n <= Number(v[1]);
      case 'NUMBER_NOT_BETWEEN':
        return n !== null && (n < Number(v[0]) || n > Number(v[1]));
      case 'NUMBER_EQUAL_TO':
        return n === Number(v[0]);
      case 'NUMBER_NOT_EQUAL_TO':
        return n !== null && n !== Number(v[0]);
      case 'NUMBER_GREATER_THAN':
        return n !== null && n > Number(v[0]);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return n !== null && n >= Number(v[0]);
      case 'NUMBER_LESS_THAN':
        return n !== null && n < Number(v[0]);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return n !== null && n <= Number(v[0]);
      case 'TEXT_IS_VALID_EMAIL':
        return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
      case 'DATE_IS_VALID_DATE':
        return value instanceof Date;
      case 'CHECKBOX':
        return v.length > 0 ? v.map(String).includes(String(value)) : typeof value === 'boolean';
      case 'VALUE_IN_RANGE': {
        // The list is the range's current values (a range object from requireValueInRange, or A1 text from xlsx).
        const source = v[0] as { valuesUnrecorded?: () => unknown[][] };
        if (typeof source?.valuesUnrecorded !== 'function') return true;
        return source
          .valuesUnrecorded()
          .flat()
          .filter((x) => x !== '')
          .map(String)
          .includes(String(value));
      }
      default:
        // CUSTOM_FORMULA is not evaluated by the emulator, and a range given as A1 text (from xlsx) is not resolved: accepted.
        return true;
    }
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder — allowInvalid defaults to true. */
export class EmuDataValidationBuilder {
  criteria: CriteriaType | null = null;
  values: unknown[] = [];
  allowInvalid = true;
  helpText = '';

  /** `record` counts the script's calls (kind 'utility': a builder is answered in the script, no round trip). */
  constructor(private readonly record: (method: string) => void = () => {}) {}

  private set(type: CriteriaType, values: unknown[]): this {
    this.criteria = type;
    this.values = values;
    return this;
  }
  /** null until a criteria is set (gas-fakes' live test, test/testsheetsdatavalidations.js). */
  getCriteriaType(): CriteriaType | null {
    this.record('DataValidationBuilder.getCriteriaType');
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.record('DataValidationBuilder.getCriteriaValues');
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    this.record('DataValidationBuilder.getAllowInvalid');
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    this.record('DataValidationBuilder.getHelpText');
    return this.helpText || null;
  }
  /** Apps Script keeps the list as strings: [9, false, 'z'] reads back ['9', 'false', 'z'] (gas-fakes' live test). */
  requireValueInList(values: unknown[], showDropdown = true): this {
    this.record('DataValidationBuilder.requireValueInList');
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    this.record('DataValidationBuilder.requireValueInRange');
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    this.record('DataValidationBuilder.requireNumberBetween');
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    this.record('DataValidationBuilder.requireNumberNotBetween');
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    this.record('DataValidationBuilder.requireNumberEqualTo');
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): this {
    this.record('DataValidationBuilder.requireNumberNotEqualTo');
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    this.record('DataValidationBuilder.requireNumberGreaterThan');
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    this.record('DataValidationBuilder.requireNumberGreaterThanOrEqualTo');
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    this.record('DataValidationBuilder.requireNumberLessThan');
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    this.record('DataValidationBuilder.requireNumberLessThanOrEqualTo');
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail(): this {
    this.record('DataValidationBuilder.requireTextIsEmail');
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireDate(): this {
    this.record('DataValidationBuilder.requireDate');
    return this.set('DATE_IS_VALID_DATE', []);
  }
  /** Checked and unchecked values, when given, are the criteria values (R …/data-validation-builder#requireCheckbox(Object,Object)). */
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.record('DataValidationBuilder.requireCheckbox');
    return this.set(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }
  requireFormulaSatisfied(formula: string): this {
    this.record('DataValidationBuilder.requireFormulaSatisfied');
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.record('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.record('DataValidationBuilder.setHelpText');
    this.helpText = text;
    return this;
  }
  build(): EmuDataValidation {
    this.record('DataValidationBuilder.build');
    if (!this.criteria) throw new Error('You must specify a criteria type for data validation rules.');
    return new EmuDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}
