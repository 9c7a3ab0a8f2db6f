// Opens the sidebar built from dist/Sidebar.html.
export const SIDEBAR_TITLE = 'Rekap UPT';

export function showSidebarPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
