// Error wordings the emulated SpreadsheetApp raises, kept in one place so a wording can be corrected in one edit.
// Wordings marked [F] come from public code and issues (emulator/README.md, sources), not Google's reference.

export const SHEET_ERRORS = {
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  duplicateSheet: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeAllSheets: "You can't remove all the sheets in a document.",
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  rangeNotFound: 'Range not found',
  tooManyCells: 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  hiddenLastSheet: "You can't hide all the sheets in a document.",
  sheetDeleted: 'The sheet has been deleted.',
  domainEditConsumer: 'Domain edit is not supported for consumer (gmail.com) owned spreadsheets.',
  invalidSheetName: 'Invalid sheet name.',
  mergeOverlap: 'You must select all cells in a merged range to merge or unmerge them.',
  /** Script writes get exactly this; a person's refused edit (userEdit) gets it followed by " (Sheet!A1)". [F] */
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  invalidInput: (a1: string) =>
    `There was a problem: The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
} as const;
