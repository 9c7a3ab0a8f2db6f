// The scratch resources of one contract (sheets, documents, Drive files, settings), and their removal when it ends.
import type { Scratch } from './contract';

/** A resource the run could not remove, for the person to remove by hand. */
export interface Leftover {
  readonly what: string;
  readonly error: string;
}

/**
 * Moves a Drive file to the trash. Under drive.file the advanced Drive service may do it for the app's own files;
 * DriveApp needs the full drive scope. The first route the manifest allows is taken.
 */
function trash(id: string): void {
  if (typeof Drive !== 'undefined') {
    (Drive as unknown as { Files: { update(resource: object, id: string): unknown } }).Files.update(
      { trashed: true },
      id,
    );
    return;
  }
  DriveApp.getFileById(id).setTrashed(true);
}

export class ScratchRun implements Scratch {
  readonly me: string;
  private readonly undo: { what: string; run: () => void }[] = [];

  constructor(
    readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    /** Names unique in the whole run, so something left behind never clashes with a later contract's. */
    readonly name: () => string,
  ) {
    this.me = Session.getEffectiveUser().getEmail();
  }

  sheet(index?: number): GoogleAppsScript.Spreadsheet.Sheet {
    const name = this.name();
    const sheet = index === undefined ? this.spreadsheet.insertSheet(name) : this.spreadsheet.insertSheet(name, index);
    this.defer(() => {
      const still = this.spreadsheet.getSheetByName(name);
      if (still) this.spreadsheet.deleteSheet(still);
    }, `sheet "${name}"`);
    return sheet;
  }

  document(): GoogleAppsScript.Document.Document {
    const doc = DocumentApp.create(this.name());
    this.driveFile(doc.getId(), `document "${doc.getName()}"`);
    return doc;
  }

  driveFile(id: string, what = `Drive file ${id}`): void {
    this.defer(() => trash(id), `${what} (id ${id})`);
  }

  defer(undo: () => void, what = 'a setting'): void {
    this.undo.push({ what, run: undo });
  }

  /** Undoes everything registered, newest first; what could not be undone is returned. */
  cleanUp(): Leftover[] {
    const left: Leftover[] = [];
    for (const { what, run } of this.undo.splice(0).reverse()) {
      try {
        run();
      } catch (e) {
        left.push({ what, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return left;
  }
}
