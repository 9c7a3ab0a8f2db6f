// Conditional format rules and their builder (newConditionalFormatRule): a boolean condition, a style, the ranges.

export interface RuleRange {
  getA1Notation(): string;
}

export class EmuConditionalFormatRule<R extends RuleRange = RuleRange> {
  constructor(
    readonly criteriaType: string,
    readonly criteriaValues: unknown[],
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly bold: boolean | null,
    readonly ranges: R[],
  ) {}

  getRanges(): R[] {
    return [...this.ranges];
  }
  getBooleanCondition() {
    return {
      getCriteriaType: () => this.criteriaType,
      getCriteriaValues: () => [...this.criteriaValues],
      getBackground: () => this.background,
      getFontColor: () => this.fontColor,
      getBold: () => this.bold,
    };
  }
  copy(): EmuConditionalFormatRuleBuilder<R> {
    const b = new EmuConditionalFormatRuleBuilder<R>();
    Object.assign(b, {
      criteriaType: this.criteriaType,
      criteriaValues: [...this.criteriaValues],
      background: this.background,
      fontColor: this.fontColor,
      bold: this.bold,
      ranges: [...this.ranges],
    });
    return b;
  }
}

export class EmuConditionalFormatRuleBuilder<R extends RuleRange = RuleRange> {
  criteriaType: string | null = null;
  criteriaValues: unknown[] = [];
  background: string | null = null;
  fontColor: string | null = null;
  bold: boolean | null = null;
  ranges: R[] = [];

  /** `record` counts the script's calls (kind 'utility': a builder is answered in the script, no round trip). */
  constructor(private readonly record: (method: string) => void = () => {}) {}

  private when(type: string, values: unknown[]): this {
    this.criteriaType = type;
    this.criteriaValues = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    this.record('ConditionalFormatRuleBuilder.whenFormulaSatisfied');
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellNotEmpty(): this {
    this.record('ConditionalFormatRuleBuilder.whenCellNotEmpty');
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenCellEmpty(): this {
    this.record('ConditionalFormatRuleBuilder.whenCellEmpty');
    return this.when('CELL_EMPTY', []);
  }
  whenNumberGreaterThan(n: number): this {
    this.record('ConditionalFormatRuleBuilder.whenNumberGreaterThan');
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberLessThan(n: number): this {
    this.record('ConditionalFormatRuleBuilder.whenNumberLessThan');
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenTextEqualTo(text: string): this {
    this.record('ConditionalFormatRuleBuilder.whenTextEqualTo');
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  setBackground(color: string | null): this {
    this.record('ConditionalFormatRuleBuilder.setBackground');
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.record('ConditionalFormatRuleBuilder.setFontColor');
    this.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.record('ConditionalFormatRuleBuilder.setBold');
    this.bold = bold;
    return this;
  }
  setRanges(ranges: R[]): this {
    this.record('ConditionalFormatRuleBuilder.setRanges');
    this.ranges = [...ranges];
    return this;
  }
  build(): EmuConditionalFormatRule<R> {
    this.record('ConditionalFormatRuleBuilder.build');
    if (!this.criteriaType) throw new Error('Conditional format rule must have a condition.');
    if (this.ranges.length === 0) throw new Error('Conditional format rule must have at least one range.');
    return new EmuConditionalFormatRule(
      this.criteriaType,
      this.criteriaValues,
      this.background,
      this.fontColor,
      this.bold,
      this.ranges,
    );
  }
}
