// The emulated DriveApp: folders, files, iterators; documents and spreadsheets register here as Drive files too.
import { blobOf, EmuBlob } from './blob';
import { APPS_SCRIPT_ERRORS, type Runtime } from './runtime';

/** What a Drive file is backed by: a plain blob, or a live Google document/spreadsheet. */
export interface DriveContent {
  getName(): string;
  setName(name: string): void;
  readonly mimeType: string;
  getBlob(): EmuBlob;
  getAs(contentType: string): EmuBlob;
  /** A live document's own copy (same structure, a new id) in `folder`; plain files copy their bytes instead. */
  copyInto?(name: string, folder: EmuFolder): EmuFile;
}

export class BlobContent implements DriveContent {
  readonly mimeType: string;
  private name: string;

  constructor(private readonly blob: EmuBlob) {
    this.mimeType = blob.getContentType() ?? 'application/octet-stream';
    this.name = blob.getName() ?? 'Untitled';
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): void {
    this.name = name;
  }

  getBlob(): EmuBlob {
    return this.blob.clone().setName(this.name);
  }

  getAs(contentType: string): EmuBlob {
    return this.getBlob().getAs(contentType);
  }
}

let idCounter = 0;
/** Drive ids are 33–44 URL-safe characters; this keeps them unique and recognisable. */
export function newDriveId(prefix: string): string {
  idCounter++;
  return `${prefix}${idCounter.toString(36).padStart(6, '0')}${'x'.repeat(30)}`.slice(0, 40);
}

/**
 * Who made a file: the script (through any service) or the user (seeded by a test, or the Sheet itself). Under the
 * drive.file scope the Drive API shows the script only what it created (drive-api.ts).
 */
export type CreatedBy = 'script' | 'user';

/** A Drive file; members follow GoogleAppsScript.Drive.File (the emulator returns its own classes, not the interface). */
export class EmuFile {
  trashed = false;
  readonly dateCreated: Date;
  lastUpdated: Date;

  constructor(
    private readonly drive: DriveService,
    private readonly id: string,
    readonly content: DriveContent,
    public parent: EmuFolder,
    readonly ownerEmail: string,
    readonly createdBy: CreatedBy,
  ) {
    this.dateCreated = drive.runtime.now();
    this.lastUpdated = this.dateCreated;
  }

  private rec(method: string): void {
    this.drive.runtime.ledger.record('File', method, 'drive');
  }

  getId(): string {
    this.rec('getId');
    return this.id;
  }

  getName(): string {
    this.rec('getName');
    return this.content.getName();
  }

  setName(name: string): EmuFile {
    this.rec('setName');
    this.content.setName(name);
    this.lastUpdated = this.drive.runtime.now();
    return this;
  }

  getUrl(): string {
    this.rec('getUrl');
    return this.drive.urlFor(this.id, this.content.mimeType);
  }

  getMimeType(): string {
    this.rec('getMimeType');
    return this.content.mimeType;
  }

  getBlob(): EmuBlob {
    this.rec('getBlob');
    return this.content.getBlob().meteredBy(this.drive.runtime.ledger);
  }

  getAs(contentType: string): EmuBlob {
    this.rec('getAs');
    return this.content.getAs(contentType).meteredBy(this.drive.runtime.ledger);
  }

  /** R drive/file#moveTo(Folder): the file ends up with the destination as its only parent. */
  moveTo(destination: GoogleAppsScript.Drive.Folder): EmuFile {
    this.rec('moveTo');
    this.parent = this.drive.folderOf(destination);
    return this;
  }

  getParents(): EmuFolderIterator {
    this.rec('getParents');
    return new EmuFolderIterator(this.drive.runtime, [this.parent]);
  }

  /** Copies the bytes; a copy of a live document is a plain file of its export here (the emulator's simplification). */
  makeCopy(name?: string, destination?: GoogleAppsScript.Drive.Folder): EmuFile {
    this.rec('makeCopy');
    const blob = this.content.getBlob().setName(name ?? `Copy of ${this.content.getName()}`);
    const folder = destination ? this.drive.folderOf(destination) : this.parent;
    return this.drive.addFile(new BlobContent(blob.setContentType(this.content.mimeType)), folder);
  }

  setTrashed(trashed: boolean): EmuFile {
    this.rec('setTrashed');
    this.trashed = trashed;
    return this;
  }

  isTrashed(): boolean {
    this.rec('isTrashed');
    return this.trashed;
  }

  getDateCreated(): Date {
    this.rec('getDateCreated');
    return new Date(this.dateCreated);
  }

  getLastUpdated(): Date {
    this.rec('getLastUpdated');
    return new Date(this.lastUpdated);
  }

  getOwner(): GoogleAppsScript.Drive.User {
    this.rec('getOwner');
    return driveUser(this.drive.runtime, this.ownerEmail);
  }

  getSize(): number {
    this.rec('getSize');
    return this.content.getBlob().toBuffer().length;
  }

  /** Emulator-side id access that is not counted as a service call. */
  get rawId(): string {
    return this.id;
  }
}

/** A Drive User; its getters are answered from the object in hand (kind 'utility'). */
function driveUser(runtime: Runtime, email: string): GoogleAppsScript.Drive.User {
  const answer =
    <T>(method: string, value: T) =>
    () => {
      runtime.ledger.record('User', method, 'utility');
      return value;
    };
  return {
    getEmail: answer('getEmail', email),
    getName: answer('getName', email.split('@')[0]),
    getDomain: answer('getDomain', email.split('@')[1] ?? ''),
    getPhotoUrl: answer('getPhotoUrl', ''),
    getUserLoginId: answer('getUserLoginId', email),
  } as GoogleAppsScript.Drive.User;
}

/** A Drive folder; members follow GoogleAppsScript.Drive.Folder. */
export class EmuFolder {
  trashed = false;
  readonly dateCreated: Date;

  constructor(
    private readonly drive: DriveService,
    private readonly id: string,
    private name: string,
    public parent: EmuFolder | null,
    readonly createdBy: CreatedBy,
  ) {
    this.dateCreated = drive.runtime.now();
  }

  private rec(method: string): void {
    this.drive.runtime.ledger.record('Folder', method, 'drive');
  }

  getId(): string {
    this.rec('getId');
    return this.id;
  }

  getName(): string {
    this.rec('getName');
    return this.name;
  }

  setName(name: string): EmuFolder {
    this.rec('setName');
    this.name = name;
    return this;
  }

  getUrl(): string {
    this.rec('getUrl');
    return `https://drive.google.com/drive/folders/${this.id}`;
  }

  createFolder(name: string): EmuFolder {
    this.rec('createFolder');
    return this.drive.addFolder(name, this);
  }

  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): EmuFile {
    const blob = toBlob(blobOrName, content, mimeType);
    this.drive.runtime.ledger.record('Folder', 'createFile', 'drive', blob.toBuffer().length);
    return this.drive.addFile(new BlobContent(blob), this);
  }

  getFiles(): EmuFileIterator {
    this.rec('getFiles');
    return new EmuFileIterator(this.drive.runtime, this.drive.filesIn(this));
  }

  getFilesByName(name: string): EmuFileIterator {
    this.rec('getFilesByName');
    return new EmuFileIterator(
      this.drive.runtime,
      this.drive.filesIn(this).filter((f) => f.content.getName() === name),
    );
  }

  getFolders(): EmuFolderIterator {
    this.rec('getFolders');
    return new EmuFolderIterator(this.drive.runtime, this.drive.foldersIn(this));
  }

  getFoldersByName(name: string): EmuFolderIterator {
    this.rec('getFoldersByName');
    return new EmuFolderIterator(
      this.drive.runtime,
      this.drive.foldersIn(this).filter((f) => f.name === name),
    );
  }

  getParents(): EmuFolderIterator {
    this.rec('getParents');
    return new EmuFolderIterator(this.drive.runtime, this.parent ? [this.parent] : []);
  }

  moveTo(destination: GoogleAppsScript.Drive.Folder): EmuFolder {
    this.rec('moveTo');
    this.parent = this.drive.folderOf(destination);
    return this;
  }

  setTrashed(trashed: boolean): EmuFolder {
    this.rec('setTrashed');
    this.trashed = trashed;
    return this;
  }

  isTrashed(): boolean {
    this.rec('isTrashed');
    return this.trashed;
  }

  getDateCreated(): Date {
    this.rec('getDateCreated');
    return new Date(this.dateCreated);
  }

  get rawId(): string {
    return this.id;
  }

  get rawName(): string {
    return this.name;
  }

  set rawName(name: string) {
    this.name = name;
  }
}

function toBlob(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): EmuBlob {
  if (typeof blobOrName === 'string') return new EmuBlob(content ?? '', mimeType ?? 'text/plain', blobOrName);
  return blobOf(blobOrName);
}

/**
 * Apps Script iterators: hasNext/next, and next() past the end throws. Drive runs the search lazily, so hasNext() is
 * the Drive round trip (kind 'drive'); next() and the token are answered from the page in hand ('utility').
 */
class EmuIterator<T> {
  private i = 0;
  constructor(
    private readonly runtime: Runtime,
    private readonly type: string,
    private readonly items: readonly T[],
  ) {}

  hasNext(): boolean {
    this.runtime.ledger.record(this.type, 'hasNext', 'drive');
    return this.i < this.items.length;
  }

  next(): T {
    this.runtime.ledger.record(this.type, 'next', 'utility');
    if (this.i >= this.items.length) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.i++];
  }

  getContinuationToken(): string {
    this.runtime.ledger.record(this.type, 'getContinuationToken', 'utility');
    return String(this.i);
  }
}

export class EmuFileIterator extends EmuIterator<EmuFile> {
  constructor(runtime: Runtime, items: readonly EmuFile[]) {
    super(runtime, 'FileIterator', items);
  }
}
export class EmuFolderIterator extends EmuIterator<EmuFolder> {
  constructor(runtime: Runtime, items: readonly EmuFolder[]) {
    super(runtime, 'FolderIterator', items);
  }
}

/** The Drive of the emulated user: one tree, the DriveApp global, and a registry for Google-type files. */
export class DriveService {
  private readonly files: EmuFile[] = [];
  private readonly folders: EmuFolder[] = [];
  readonly root: EmuFolder;
  readonly app: Pick<
    GoogleAppsScript.Drive.DriveApp,
    | 'getRootFolder'
    | 'getFolderById'
    | 'getFileById'
    | 'createFolder'
    | 'createFile'
    | 'getFiles'
    | 'getFilesByName'
    | 'getFolders'
    | 'getFoldersByName'
  >;

  constructor(
    readonly runtime: Runtime,
    private readonly ownerEmail = 'admin@kanwil.example',
  ) {
    this.root = new EmuFolder(this, newDriveId('root'), 'My Drive', null, 'user');
    this.folders.push(this.root);
    const rec = (method: string) => runtime.ledger.record('DriveApp', method, 'drive');
    this.app = {
      getRootFolder: () => {
        rec('getRootFolder');
        return this.root as unknown as GoogleAppsScript.Drive.Folder;
      },
      getFolderById: (id: string) => {
        rec('getFolderById');
        const f = this.folders.find((x) => x.rawId === id);
        if (!f) throw new Error(APPS_SCRIPT_ERRORS.driveItemNotFound);
        return f as unknown as GoogleAppsScript.Drive.Folder;
      },
      getFileById: (id: string) => {
        rec('getFileById');
        const f = this.files.find((x) => x.rawId === id);
        if (!f) throw new Error(APPS_SCRIPT_ERRORS.driveItemNotFound);
        return f as unknown as GoogleAppsScript.Drive.File;
      },
      createFolder: (name: string) => {
        rec('createFolder');
        return this.addFolder(name, this.root) as unknown as GoogleAppsScript.Drive.Folder;
      },
      createFile: ((blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string) => {
        const blob = toBlob(blobOrName, content, mimeType);
        runtime.ledger.record('DriveApp', 'createFile', 'drive', blob.toBuffer().length);
        return this.addFile(new BlobContent(blob), this.root);
      }) as unknown as GoogleAppsScript.Drive.DriveApp['createFile'],
      getFiles: () => {
        rec('getFiles');
        return new EmuFileIterator(
          this.runtime,
          this.files.filter((f) => !f.trashed),
        ) as unknown as GoogleAppsScript.Drive.FileIterator;
      },
      getFilesByName: (name: string) => {
        rec('getFilesByName');
        const found = this.files.filter((f) => !f.trashed && f.content.getName() === name);
        return new EmuFileIterator(this.runtime, found) as unknown as GoogleAppsScript.Drive.FileIterator;
      },
      getFolders: () => {
        rec('getFolders');
        const found = this.folders.filter((f) => f !== this.root && !f.trashed);
        return new EmuFolderIterator(this.runtime, found) as unknown as GoogleAppsScript.Drive.FolderIterator;
      },
      getFoldersByName: (name: string) => {
        rec('getFoldersByName');
        const found = this.folders.filter((f) => f !== this.root && !f.trashed && f.rawName === name);
        return new EmuFolderIterator(this.runtime, found) as unknown as GoogleAppsScript.Drive.FolderIterator;
      },
    };
  }

  /** Registers a Google document or spreadsheet (created through its own service) as a file in My Drive. */
  register(id: string, content: DriveContent, owner = this.ownerEmail, createdBy: CreatedBy = 'script'): EmuFile {
    const file = new EmuFile(this, id, content, this.root, owner, createdBy);
    this.files.push(file);
    return file;
  }

  addFile(content: DriveContent, folder: EmuFolder, createdBy: CreatedBy = 'script'): EmuFile {
    const file = new EmuFile(this, newDriveId('file'), content, folder, this.ownerEmail, createdBy);
    this.files.push(file);
    return file;
  }

  /** A folder; a test seeds one the user made in Drive with `createdBy` 'user'. */
  addFolder(name: string, parent: EmuFolder = this.root, createdBy: CreatedBy = 'script'): EmuFolder {
    const folder = new EmuFolder(this, newDriveId('fold'), name, parent, createdBy);
    this.folders.push(folder);
    return folder;
  }

  folderOf(folder: GoogleAppsScript.Drive.Folder): EmuFolder {
    if (!(folder instanceof EmuFolder)) throw new Error('Invalid argument: destination');
    return folder;
  }

  filesIn(folder: EmuFolder): EmuFile[] {
    return this.files.filter((f) => f.parent === folder && !f.trashed);
  }

  foldersIn(folder: EmuFolder): EmuFolder[] {
    return this.folders.filter((f) => f.parent === folder && !f.trashed);
  }

  /** Test-facing: every file, trashed or not, without counting calls. */
  allFiles(): readonly EmuFile[] {
    return this.files;
  }

  fileById(id: string): EmuFile | undefined {
    return this.files.find((f) => f.rawId === id);
  }

  folderById(id: string): EmuFolder | undefined {
    return this.folders.find((f) => f.rawId === id);
  }

  /** Test-facing: every folder but My Drive itself, trashed or not, without counting calls. */
  allFolders(): readonly EmuFolder[] {
    return this.folders.filter((f) => f !== this.root);
  }

  urlFor(id: string, mimeType: string): string {
    if (mimeType === 'application/vnd.google-apps.document') return `https://docs.google.com/document/d/${id}/edit`;
    if (mimeType === 'application/vnd.google-apps.spreadsheet')
      return `https://docs.google.com/spreadsheets/d/${id}/edit`;
    return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }
}
