// Contracts: data-validation rules, their builder's getters and how list criteria are stored.
import type { Contract } from '../contract';

const DVB = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';

/** A criteria type enum as its name, null kept. */
const typeName = (type: unknown) => (type === null || type === undefined ? null : String(type));

export const VALIDATION_CONTRACTS: Contract[] = [
  {
    name: `data validation › requireValueInList keeps the values and the dropdown flag (${DVB}#requireValueInList(String,Boolean))`,
    source: `${DVB}#requireValueInList(String,Boolean)`,
    basis: 'documented',
    expected: { type: 'VALUE_IN_LIST', values: [['Ya', 'Tidak'], true], helpText: 'Pilih Ya atau Tidak' },
    observe: (s) => {
      const cell = s.sheet().getRange('C2');
      cell.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(['Ya', 'Tidak'], true)
          .setAllowInvalid(false)
          .setHelpText('Pilih Ya atau Tidak')
          .build(),
      );
      const read = cell.getDataValidation();
      return {
        type: typeName(read?.getCriteriaType()),
        values: read?.getCriteriaValues() ?? null,
        helpText: read?.getHelpText() ?? null,
      };
    },
  },
  {
    name: `data validation › the builder reports its criteria: none at first, then type and values; a list holds strings (${DVB})`,
    source: 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetsdatavalidations.js',
    basis: 'open question',
    expected: {
      fresh: { type: null, values: [], allowInvalid: true, helpText: null },
      list: { type: 'VALUE_IN_LIST', values: [['9', 'false', 'z'], true] },
      cell: [['9', 'false', 'z'], true],
    },
    observe: (s) => {
      const builder = SpreadsheetApp.newDataValidation();
      const fresh = {
        type: typeName(builder.getCriteriaType()),
        values: builder.getCriteriaValues(),
        allowInvalid: builder.getAllowInvalid(),
        helpText: builder.getHelpText(),
      };
      builder.requireValueInList([9, false, 'z'] as unknown as string[]);
      const list = { type: typeName(builder.getCriteriaType()), values: builder.getCriteriaValues() };
      const cell = s.sheet().getRange('D2');
      cell.setDataValidation(builder.setAllowInvalid(false).build());
      return { fresh, list, cell: cell.getDataValidation()?.getCriteriaValues() ?? null };
    },
  },
  {
    name: `data validation › requireCheckbox takes optional checked and unchecked values as its criteria values (${DVB}#requireCheckbox(Object,Object))`,
    source: `${DVB}#requireCheckbox(Object,Object)`,
    basis: 'documented',
    expected: { none: [], one: ['SELESAI'], two: ['CHECKBOX', ['YA', 'TIDAK']] },
    observe: () => {
      const rule = SpreadsheetApp.newDataValidation().requireCheckbox('YA', 'TIDAK').build();
      return {
        none: SpreadsheetApp.newDataValidation().requireCheckbox().build().getCriteriaValues(),
        one: SpreadsheetApp.newDataValidation().requireCheckbox('SELESAI').getCriteriaValues(),
        two: [typeName(rule.getCriteriaType()), rule.getCriteriaValues()],
      };
    },
  },
];
