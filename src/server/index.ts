// Every function Apps Script can call (menu, triggers, google.script.run) is exported here, and nothing else.
import { addMenu } from './menu';
import { showSidebarPanel } from './sidebar';

export function onOpen(e?: GoogleAppsScript.Events.AppsScriptEvent): void {
  addMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AppsScriptEvent): void {
  addMenu(e);
}

export function showSidebar(): void {
  showSidebarPanel();
}
