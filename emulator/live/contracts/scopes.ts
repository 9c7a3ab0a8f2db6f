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
  webViewLink?: string;
  size?: string;
  trashed?: boolean;
}

/** The slice of the advanced Drive service (v3) the contracts call. */
interface DriveV3 {
  Files: {
    create(resource: DriveFile, media?: GoogleAppsScript.Base.Blob, optional?: object): DriveFile;
    get(id: string, optional?: { fields?: string }): DriveFile;
    list(optional?: { q?: string; fields?: string; pageSize?: number }): { files?: DriveFile[] };
    update(resource: DriveFile, id: string, media?: GoogleAppsScript.Base.Blob | null, optional?: object): DriveFile;
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
    name: 'Drive.Files.get › reaches a Google Doc the script created with DocumentApp',
    source: DRIVE_FILE,
    basis: 'open question',
    expected: {
      name: true,
      mimeType: 'application/vnd.google-apps.document',
      webViewLink: true,
      boundSpreadsheet: /File not found/,
    },
    observe: (s) => {
      const doc = s.document();
      const files = drive().Files; // outside `thrown`: a service that is not there is no refusal
      const file = files.get(doc.getId(), { fields: 'name,mimeType,webViewLink' });
      return {
        name: file.name === doc.getName(),
        mimeType: file.mimeType ?? null,
        webViewLink: file.webViewLink === `https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`,
        // The spreadsheet the script is bound to was made by a person, not by the script.
        boundSpreadsheet: thrown(() => files.get(s.spreadsheet.getId())),
      };
    },
  },
  {
    name: 'Drive.Files.create › uploads a blob into a parent, named by the resource, and returns the fields asked for',
    source: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create',
    basis: 'documented',
    expected: { keys: ['id', 'name', 'parents', 'size', 'webViewLink'], inFolder: true, webViewLink: true, size: '12' },
    observe: (s) => {
      const folder = drive().Files.create({ name: s.name(), mimeType: FOLDER });
      s.driveFile(folder.id ?? '', `folder "${folder.name}"`);
      const name = `${s.name()}.pdf`;
      const file = drive().Files.create(
        { name, parents: [folder.id ?? ''] },
        Utilities.newBlob('%PDF-1.4 isi', 'application/pdf', 'blob.pdf'),
        { fields: 'id,name,parents,webViewLink,size', supportsAllDrives: true },
      );
      s.driveFile(file.id ?? '', `file "${name}"`);
      return {
        keys: Object.keys(file).sort(),
        inFolder: file.name === name && JSON.stringify(file.parents) === JSON.stringify([folder.id]),
        webViewLink: file.webViewLink === `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
        size: file.size ?? null,
      };
    },
  },
  {
    name: 'Drive.Files.list › lists only what the script created under drive.file',
    source: DRIVE_FILE,
    basis: 'open question',
    expected: { ownFile: 1, boundSpreadsheet: false },
    observe: (s) => {
      const name = `${s.name()}.txt`;
      const own = drive().Files.create({ name }, Utilities.newBlob('isi', 'text/plain'));
      s.driveFile(own.id ?? '', `file "${name}"`);
      const listed = (q: string) => drive().Files.list({ q, fields: 'files(id)', pageSize: 1000 }).files ?? [];
      const quoted = s.spreadsheet.getName().replace(/\\/g, '\\\\').replace(/'/g, "\\'");
      return {
        ownFile: listed(`name = '${name}' and trashed = false`).filter((f) => f.id === own.id).length,
        boundSpreadsheet: listed(`name = '${quoted}' and trashed = false`).some((f) => f.id === s.spreadsheet.getId()),
      };
    },
  },
  {
    name: 'Drive.Files.update › moves a file with addParents and removeParents, and trashes with {trashed: true}',
    source: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update',
    basis: 'documented',
    expected: { moved: true, trashed: true },
    observe: (s) => {
      const folder = drive().Files.create({ name: s.name(), mimeType: FOLDER });
      s.driveFile(folder.id ?? '', `folder "${folder.name}"`);
      const doc = s.document();
      const { parents = [] } = drive().Files.get(doc.getId(), { fields: 'parents' });
      const moved = drive().Files.update({}, doc.getId(), null, {
        addParents: folder.id,
        removeParents: parents.join(','),
        fields: 'id,parents',
      });
      drive().Files.update({ trashed: true }, doc.getId());
      return {
        moved: moved.id === doc.getId() && JSON.stringify(moved.parents) === JSON.stringify([folder.id]),
        trashed: drive().Files.get(doc.getId(), { fields: 'trashed' }).trashed ?? null,
      };
    },
  },
];
