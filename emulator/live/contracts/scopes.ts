// Contracts: what the product's manifest (drive.file, documents, spreadsheets, …) lets a script reach. Google's
// reference cannot settle these (emulator/scopes/README.md, "Open questions"); the live run answers them.
import { type Contract, thrown } from '../contract';

const DRIVE_FILE = 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth';
const FOLDER = 'application/vnd.google-apps.folder';

interface DriveFile {
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
}

/** The slice of the advanced Drive service (v3) the contracts call. */
interface DriveV3 {
  Files: {
    create(resource: DriveFile, media?: GoogleAppsScript.Base.Blob): DriveFile;
    get(id: string, optional?: { fields?: string }): DriveFile;
    list(optional?: { q?: string; fields?: string; pageSize?: number }): { files?: DriveFile[] };
  };
}

/** The advanced Drive service; referring to it throws "Drive is not defined" when the manifest does not enable it. */
const drive = () => Drive as unknown as DriveV3;

export const SCOPE_CONTRACTS: Contract[] = [
  {
    name: 'scope enforcement › refuses DriveApp under drive.file alone, naming the method and the scope it needs',
    source: 'https://developers.google.com/apps-script/reference/drive/drive-app#getRootFolder()',
    basis: 'open question',
    expected: /DriveApp\.getRootFolder.*Required permissions: .*https:\/\/www\.googleapis\.com\/auth\/drive\b/,
    observe: () => thrown(() => DriveApp.getRootFolder()),
  },
  {
    name: "scopes of the product's manifest › Document.getAs('application/pdf') exports under documents and drive.file",
    source: 'https://developers.google.com/apps-script/reference/document/document#getAs(String)',
    basis: 'open question',
    expected: { type: 'application/pdf', header: '%PDF-' },
    observe: (s) => {
      const doc = s.document();
      doc.getBody().appendParagraph('Rekapitulasi UPT Riau');
      doc.saveAndClose();
      const pdf = DocumentApp.openById(doc.getId()).getAs('application/pdf');
      return { type: pdf.getContentType(), header: pdf.getDataAsString().slice(0, 5) };
    },
  },
  {
    name: "scopes of the product's manifest › a Doc made by DocumentApp.create is the app's own file: Drive.Files.get reads it under drive.file",
    source: DRIVE_FILE,
    basis: 'open question',
    expected: { mimeType: 'application/vnd.google-apps.document' },
    observe: (s) => {
      const doc = s.document();
      return { mimeType: drive().Files.get(doc.getId(), { fields: 'mimeType' }).mimeType ?? null };
    },
  },
  {
    name: "scopes of the product's manifest › a folder made with Drive.Files.create is usable as a parent",
    source: DRIVE_FILE,
    basis: 'open question',
    expected: { parentIsFolder: true },
    observe: (s) => {
      const folder = drive().Files.create({ name: s.name(), mimeType: FOLDER });
      s.driveFile(folder.id ?? '', `folder "${folder.name}"`);
      const file = drive().Files.create(
        { name: `${s.name()}.txt`, parents: [folder.id ?? ''] },
        Utilities.newBlob('isi', 'text/plain'),
      );
      s.driveFile(file.id ?? '', `file "${file.name}"`);
      const parents = drive().Files.get(file.id ?? '', { fields: 'parents' }).parents ?? [];
      return { parentIsFolder: parents.length === 1 && parents[0] === folder.id };
    },
  },
  {
    name: "scopes of the product's manifest › Drive.Files.list under drive.file finds the app's files, and not the spreadsheet the script is bound to",
    source: DRIVE_FILE,
    basis: 'open question',
    expected: { ownFile: 1, container: false },
    observe: (s) => {
      const name = `${s.name()}.txt`;
      const own = drive().Files.create({ name }, Utilities.newBlob('isi', 'text/plain'));
      s.driveFile(own.id ?? '', `file "${name}"`);
      const found = drive().Files.list({ q: `name = '${name}' and trashed = false`, fields: 'files(id)' }).files ?? [];
      const container = s.spreadsheet.getName().replace(/\\/g, '\\\\').replace(/'/g, "\\'");
      const listed = drive().Files.list({ q: `name = '${container}' and trashed = false`, fields: 'files(id)' }).files;
      return {
        ownFile: found.filter((f) => f.id === own.id).length,
        container: (listed ?? []).some((f) => f.id === s.spreadsheet.getId()),
      };
    },
  },
  {
    name: "scopes of the product's manifest › Drive.Files.get of the spreadsheet the script is bound to is refused under drive.file",
    source: DRIVE_FILE,
    basis: 'open question',
    expected: { refused: true, message: /./ },
    observe: (s) => {
      const files = drive().Files; // outside `thrown`: a service that is not there is no refusal
      const message = thrown(() => files.get(s.spreadsheet.getId(), { fields: 'id' }));
      return { refused: message !== 'no error', message };
    },
  },
];
