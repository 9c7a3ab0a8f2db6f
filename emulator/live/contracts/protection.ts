// Contracts: sheet and range protections, their editors and their ranges, as the product's unit tabs use them.
import type { Contract, Scratch } from '../contract';

const P = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';
const R = 'https://developers.google.com/apps-script/reference/spreadsheet/';

const emails = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail()).sort();

/** The owner of the spreadsheet (none for a file in a shared drive) and the user running, sorted. */
function ownerAndMe(s: Scratch): string[] {
  const owner = s.spreadsheet.getOwner()?.getEmail() ?? '';
  return [...new Set([owner, s.me].filter((e) => e !== ''))].sort();
}

/** Everyone who may edit the file: its owner and editors. */
const fileEditors = (s: Scratch) => [...new Set([...ownerAndMe(s), ...emails(s.spreadsheet.getEditors())])].sort();

/** The protections of `type` in the spreadsheet that carry `description`. */
const described = (s: Scratch, type: GoogleAppsScript.Spreadsheet.ProtectionType, description: string) =>
  s.spreadsheet.getProtections(type).filter((p) => p.getDescription() === description).length;

export const PROTECTION_CONTRACTS: Contract[] = [
  {
    name: 'protection › Sheet.protect() returns the existing sheet protection (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect())',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()',
    basis: 'documented',
    expected: { protections: 1, description: 'Tab Lapas Pekanbaru' },
    observe: (s) => {
      const sheet = s.sheet();
      sheet.protect().setDescription('Tab Lapas Pekanbaru');
      const again = sheet.protect();
      return {
        protections: sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
        description: again.getDescription(),
      };
    },
  },
  {
    name: `protection › removeEditors cannot remove the owner or the current user (${P}#removeEditors(String))`,
    source: `${P}#removeEditors(String)`,
    basis: 'documented',
    expected: ownerAndMe,
    observe: (s) => {
      const p = s.sheet().protect();
      p.removeEditors(p.getEditors());
      return emails(p.getEditors());
    },
  },
  {
    name: `protection › a new protection mirrors the file: every editor, even one added later, may edit (${R}range#protect())`,
    source: `${R}range#protect()`,
    basis: 'open question',
    expected: fileEditors,
    observe: (s) => emails(s.sheet().getRange('A1:D1').protect().getEditors()),
  },
  {
    name: `protection › range protections cover only their range, follow inserted rows, and remove() lifts them (${P}#remove())`,
    source: `${P}#remove()`,
    basis: 'documented',
    expected: { type: 'RANGE', range: 'A2:D2', left: 0 },
    observe: (s) => {
      const sheet = s.sheet();
      const p = sheet.getRange('A1:D1').protect().setDescription('Header');
      const type = String(p.getProtectionType());
      sheet.insertRowBefore(1);
      const range = p.getRange().getA1Notation();
      p.remove();
      return { type, range, left: sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length };
    },
  },
  {
    name: `protection › a sheet protection's range is the whole sheet, with an empty A1 notation (${P}#getRange())`,
    source: 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetspermissions.js',
    basis: 'open question',
    expected: { size: [1, 1, 1020, 26], sameSheet: true, a1: '' },
    observe: (s) => {
      const sheet = s.sheet();
      sheet.insertRowsAfter(1000, 20);
      const range = sheet.protect().getRange();
      return {
        size: [range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()],
        sameSheet: range.getSheet().getSheetId() === sheet.getSheetId(),
        a1: range.getA1Notation(),
      };
    },
  },
  {
    name: 'protection › deleting a sheet removes its sheet and range protections; a new sheet of the same name is unprotected',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)',
    basis: 'open question',
    expected: { before: [1, 1], after: [0, 0], sameName: 0 },
    observe: (s) => {
      const sheet = s.sheet();
      const name = sheet.getName();
      sheet.protect().setDescription(name);
      sheet.getRange('B2:C3').protect().setDescription(name);
      const count = () => [
        described(s, SpreadsheetApp.ProtectionType.SHEET, name),
        described(s, SpreadsheetApp.ProtectionType.RANGE, name),
      ];
      const before = count();
      s.spreadsheet.deleteSheet(sheet);
      const after = count();
      // The scratch removes the sheet of this name again at the end.
      const again = s.spreadsheet.insertSheet(name);
      return { before, after, sameName: again.getProtections(SpreadsheetApp.ProtectionType.SHEET).length };
    },
  },
];
