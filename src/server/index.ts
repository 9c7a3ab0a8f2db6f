// Every function Apps Script can call (menu, triggers, google.script.run) is exported here, and nothing else.
// Menu items: the label and what each does are in ui/menu.ts, under the same name.

import type { ActionResult, AutomationView, PanelState, ReportResult, TabCheck } from '../shared/rpc';
import { handleEdit } from './triggers/on-edit';
import { addonReminders, deadlineReminders } from './triggers/reminders';
import { scheduledConsolidation } from './triggers/scheduled-consolidation';
import { addMenu, MENU } from './ui/menu';
import { sidebarApi } from './ui/sidebar-api';

/**
 * Simple trigger: adds the menu, and nothing else. An add-on's onOpen runs in AuthMode.NONE for a user who installed
 * it but has not used it in this file, where any call needing authorization fails and the menu with it
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
export function onOpen(): void {
  addMenu();
}

/**
 * Runs when the add-on is installed (AuthMode.FULL): the menu at once, without reopening the file, as Google advises
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 */
export function onInstall(): void {
  onOpen();
}

/** Simple trigger: flags a sent unit tab that a person edits (AuthMode.LIMITED, 30 s; see triggers/on-edit.ts). */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    handleEdit(e, new Date());
  } catch (error) {
    // A simple trigger has nobody to tell; the edit itself is already saved, and the next check re-reads the tab.
    console.warn(`onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function showSidebar(): void {
  MENU.showSidebar.run();
}

export function setupUnitTabs(): void {
  MENU.setupUnitTabs.run();
}

export function validateAll(): void {
  MENU.validateAll.run();
}

export function consolidateNow(): void {
  MENU.consolidateNow.run();
}

export function generateReport(): void {
  MENU.generateReport.run();
}

export function createReportTemplate(): void {
  MENU.createReportTemplate.run();
}

export function showSubmissionStatus(): void {
  MENU.showSubmissionStatus.run();
}

export function showChatSummary(): void {
  MENU.showChatSummary.run();
}

export function toggleAutomation(): void {
  MENU.toggleAutomation.run();
}

export function closePeriod(): void {
  MENU.closePeriod.run();
}

export function publish(): void {
  MENU.publish.run();
}

export function rekapNasional(): void {
  MENU.rekapNasional.run();
}

export function showHelp(): void {
  MENU.showHelp.run();
}

export function showTrialWarning(): void {
  MENU.showTrialWarning.run();
}

/** Time-driven trigger handler (installed by toggleAutomation). */
export function runScheduledConsolidation(e?: GoogleAppsScript.Events.TimeDriven): string {
  const { outcome, cleared } = scheduledConsolidation(e);
  const reminders = addonReminders(cleared);
  if (reminders) console.info(reminders);
  // Nobody watches a trigger: the outcome goes to the execution log (the Log sheet has the details).
  console.info(outcome);
  return outcome;
}

/** Daily time-driven trigger handler (installed with the automation): deadline reminders to operators. */
export function sendDeadlineReminders(e?: GoogleAppsScript.Events.TimeDriven): string {
  const outcome = deadlineReminders(e);
  console.info(outcome);
  return outcome;
}

// Sidebar API (google.script.run): exactly ServerApi in src/shared/rpc.ts.

export function getPanelState(): PanelState {
  return sidebarApi.getPanelState();
}

export function checkUnitTab(unitCode: string): TabCheck {
  return sidebarApi.checkUnitTab(unitCode);
}

export function sendUnitTab(unitCode: string): TabCheck {
  return sidebarApi.sendUnitTab(unitCode);
}

export function goToCell(sheetName: string, a1: string): ActionResult {
  return sidebarApi.goToCell(sheetName, a1);
}

export function returnUnitTab(unitCode: string, note: string): ActionResult {
  return sidebarApi.returnUnitTab(unitCode, note);
}

export function runValidateAll(): ActionResult {
  return sidebarApi.runValidateAll();
}

export function runConsolidation(): ActionResult {
  return sidebarApi.runConsolidation();
}

export function runReport(): ReportResult {
  return sidebarApi.runReport();
}

export function setAutomation(on: boolean, onlyAdminsEdit?: boolean): AutomationView {
  return sidebarApi.setAutomation(on, onlyAdminsEdit);
}

export function getChatSummary(): ActionResult {
  return sidebarApi.getChatSummary();
}
