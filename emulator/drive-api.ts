// The Drive API v3 advanced service (`Drive.Files.*`) over the emulated Drive: the request and response shapes of
// https://developers.google.com/drive/api/reference/rest/v3/files, with Apps Script's argument order
// (create(resource, mediaData?, optionalArgs?), update(resource, fileId, mediaData?, optionalArgs?)).
// Under the drive.file scope alone the API reaches only files this script created
// (https://developers.google.com/identity/protocols/oauth2/scopes#drive); anything else is "File not found".
import { blobOf, type EmuBlob } from './blob';
import { type DocumentService, GOOGLE_DOC_MIME } from './document/document';
import { BlobContent, type DriveService, type EmuFile, type EmuFolder } from './drive';
import { applyMask, parseFieldMask } from './field-mask';
import { GoogleJsonResponseException } from './google-json-error';
import type { Runtime } from './runtime';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const AUTH = 'https://www.googleapis.com/auth/';

type Item = EmuFile | EmuFolder;
type Args = Readonly<Record<string, unknown>>;
type Resource = Readonly<Record<string, unknown>>;

/** The File fields the emulator models (https://developers.google.com/drive/api/reference/rest/v3/files#File). */
const FILE_FIELDS = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'trashed',
  'createdTime',
  'modifiedTime',
  'webViewLink',
  'size',
]);
const LIST_FIELDS = new Set(['kind', 'files', 'nextPageToken', 'incompleteSearch']);
/** Returned without `fields`: "the kind, id, name, mimeType" (https://developers.google.com/drive/api/guides/fields-parameter). */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_LIST_FIELDS = `kind,incompleteSearch,nextPageToken,files(${DEFAULT_FILE_FIELDS})`;

/** Optional arguments each method accepts here; any other is an emulator error, so a typo cannot pass silently. */
const ARGS: Readonly<Record<string, readonly string[]>> = {
  get: ['fields', 'supportsAllDrives'],
  create: ['fields', 'supportsAllDrives'],
  copy: ['fields', 'supportsAllDrives'],
  update: ['fields', 'supportsAllDrives', 'addParents', 'removeParents'],
  list: ['q', 'fields', 'pageSize', 'pageToken', 'supportsAllDrives', 'includeItemsFromAllDrives', 'spaces', 'corpora'],
};

/** The wording of the Drive API's errors, from public reports of the v3 API. */
const DRIVE_ERRORS = {
  // https://github.com/googleapis/google-api-ruby-client/issues/3265
  notFound: (id: string) => `File not found: ${id}.`,
  // reason fieldNotWritable: https://github.com/prasmussen/gdrive/issues/341
  parentsNotWritable:
    'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
  // reason cannotAddParent, since items have one parent (https://developers.google.com/drive/api/guides/ref-single-parent):
  // https://github.com/RobinBobin/react-native-google-drive-api-wrapper/issues/35
  oneParent: 'Increasing the number of parents is not allowed',
  invalidFields: (fields: string) => `Invalid field selection ${fields}`,
  // [F] the API's answer to a query it cannot parse.
  invalidQuery: 'Invalid Value',
} as const;

/** The bytes of the media a call uploads, as an unmetered copy. */
function uploaded(mediaData: GoogleAppsScript.Base.Blob): EmuBlob {
  try {
    return blobOf(mediaData);
  } catch {
    throw new Error('Invalid argument: mediaData');
  }
}

function checkArgs(method: string, args: Args): void {
  for (const key of Object.keys(args)) {
    if (!ARGS[method]?.includes(key))
      throw new Error(`Emulator: Drive.Files.${method} option "${key}" is not modelled.`);
  }
}

/** A query term the emulator understands (https://developers.google.com/drive/api/guides/ref-search-terms). */
type Term = (item: Item) => boolean;

/** Parses `q`: terms joined by `and`; strings in single quotes with \' and \\ escapes. */
function parseQuery(q: string, fail: () => Error, parentOf: (item: Item) => string | null): Term[] {
  const tokens: string[] = [];
  const re = /\s*(?:'((?:[^'\\]|\\.)*)'|(!=|=)|([A-Za-z]+))/y;
  let at = 0;
  while (at < q.length && q.slice(at).trim() !== '') {
    re.lastIndex = at;
    const m = re.exec(q);
    if (!m) throw fail();
    tokens.push(m[1] !== undefined ? `'${m[1].replace(/\\(.)/g, '$1')}` : (m[2] ?? m[3] ?? ''));
    at = re.lastIndex;
  }
  const str = (t: string | undefined) => {
    if (!t?.startsWith("'")) throw fail();
    return t.slice(1);
  };
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (terms.length > 0) {
      if (tokens[i] !== 'and')
        throw new Error(`Emulator: Drive query "${q}": only terms joined by "and" are modelled.`);
      i++;
    }
    const [a, op, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    i += 3;
    if (a?.startsWith("'") && op === 'in' && b === 'parents') {
      const id = str(a);
      terms.push((item) => parentOf(item) === id);
    } else if ((a === 'name' || a === 'mimeType') && (op === '=' || op === '!=')) {
      const value = str(b);
      const read = a === 'name' ? nameOf : mimeTypeOf;
      const equal = op === '=';
      terms.push((item) => (read(item) === value) === equal);
    } else if (a === 'trashed' && op === '=' && (b === 'true' || b === 'false')) {
      const wanted = b === 'true';
      terms.push((item) => item.trashed === wanted);
    } else if (a === undefined || op === undefined || b === undefined) {
      throw fail();
    } else {
      throw new Error(`Emulator: Drive query term "${a} ${op} ${b}" is not modelled.`);
    }
  }
  return terms;
}

const isFolder = (item: Item): item is EmuFolder => !('content' in item);
const nameOf = (item: Item) => (isFolder(item) ? item.rawName : item.content.getName());
const mimeTypeOf = (item: Item) => (isFolder(item) ? FOLDER_MIME : item.content.mimeType);

/** The Drive API advanced service over `drive`; what the script may reach follows the manifest's scopes. */
export function createDriveApi(drive: DriveService, runtime: Runtime, docs: DocumentService) {
  const grants = (scope: string) => runtime.scopes?.grants(scope) ?? true;
  /** drive.file reaches only the script's own files; drive.readonly reads, and drive writes, any file. */
  const reachable = (item: Item, write: boolean) =>
    item.createdBy === 'script' || grants(write ? `${AUTH}drive` : `${AUTH}drive.readonly`);

  const find = (id: string, write: boolean, fail: (detail: string, code: number) => Error): Item => {
    const item = drive.fileById(id) ?? drive.folderById(id);
    if (!item || !reachable(item, write)) throw fail(DRIVE_ERRORS.notFound(id), 404);
    return item;
  };
  const folder = (id: string, fail: (detail: string, code: number) => Error): EmuFolder => {
    const item = find(id, true, fail);
    if (!isFolder(item)) throw new Error(`Emulator: ${id} is not a folder; a file as a parent is not modelled.`);
    return item;
  };

  const resourceOf = (item: Item): Record<string, unknown> => {
    const parent = item.parent;
    const created = item.dateCreated.toISOString();
    const common = {
      kind: 'drive#file',
      id: item.rawId,
      name: nameOf(item),
      mimeType: mimeTypeOf(item),
      parents: parent ? [parent.rawId] : [],
      trashed: item.trashed,
      createdTime: created,
    };
    if (isFolder(item)) {
      return { ...common, modifiedTime: created, webViewLink: `https://drive.google.com/drive/folders/${item.rawId}` };
    }
    const googleType = item.content.mimeType.startsWith('application/vnd.google-apps.');
    const url = drive.urlFor(item.rawId, item.content.mimeType);
    return {
      ...common,
      modifiedTime: item.lastUpdated.toISOString(),
      // [F] links as Drive gives them to API clients: "…/edit?usp=drivesdk", "…/view?usp=drivesdk".
      webViewLink: url.includes('?') ? url : `${url}?usp=drivesdk`,
      // Google Docs, Sheets, … have no size (https://developers.google.com/drive/api/reference/rest/v3/files#File).
      ...(googleType ? {} : { size: String(item.content.getBlob().toBuffer().length) }),
    };
  };

  const masked = (value: object, fields: unknown, allowed: Set<string>, fail: (d: string, c: number) => Error) => {
    const text = typeof fields === 'string' ? fields : fields === undefined ? null : String(fields);
    const mask = parseFieldMask(text ?? '', () => fail(DRIVE_ERRORS.invalidFields(text ?? ''), 400));
    for (const name of mask.keys()) {
      if (name !== '*' && !allowed.has(name)) throw new Error(`Emulator: Drive field "${name}" is not modelled.`);
    }
    const files = mask.get('files');
    for (const name of files?.keys() ?? []) {
      if (name !== '*' && !FILE_FIELDS.has(name))
        throw new Error(`Emulator: Drive field "files.${name}" is not modelled.`);
    }
    return applyMask(value, mask);
  };

  const call = (method: string, args: Args) => {
    runtime.ledger.record('Drive', `Files.${method}`, 'drive');
    checkArgs(method, args);
    return (detail: string, code: number) => new GoogleJsonResponseException(`drive.files.${method}`, code, detail);
  };
  const fileResponse = (item: Item, args: Args, fail: (d: string, c: number) => Error) =>
    masked(resourceOf(item), args.fields ?? DEFAULT_FILE_FIELDS, FILE_FIELDS, fail);

  const Files = {
    get(fileId: string, args: Args = {}) {
      const fail = call('get', args);
      return fileResponse(find(String(fileId), false, fail), args, fail);
    },

    /** A folder (mimeType folder, no media) or a file from a blob; one parent at most, My Drive by default. */
    create(resource: Resource, mediaData?: GoogleAppsScript.Base.Blob | null, args: Args = {}) {
      const fail = call('create', args);
      const parents = (resource.parents as string[] | undefined) ?? [];
      if (parents.length > 1) throw fail(DRIVE_ERRORS.oneParent, 403);
      const parent = parents[0] === undefined ? drive.root : folder(parents[0], fail);
      // "If not specified as part of a create request, the file name is Untitled" (File.name in the reference).
      const name = resource.name === undefined ? 'Untitled' : String(resource.name);
      const known = new Set(['name', 'mimeType', 'parents']);
      for (const key of Object.keys(resource)) {
        if (!known.has(key)) throw new Error(`Emulator: Drive.Files.create field "${key}" is not modelled.`);
      }
      if (resource.mimeType === FOLDER_MIME) {
        if (mediaData) throw new Error('Emulator: a folder with content is not modelled.');
        return fileResponse(drive.addFolder(name, parent), args, fail);
      }
      // Metadata only, with the Google Docs MIME type (https://developers.google.com/drive/api/guides/mime-types): an
      // empty Google Doc, the script's own, in the given folder (https://developers.google.com/drive/api/reference/rest/v3/files/create).
      if (resource.mimeType === GOOGLE_DOC_MIME && !mediaData) {
        const made = docs.createUnrecorded(name).file as EmuFile;
        made.parent = parent;
        return fileResponse(made, args, fail);
      }
      if (!mediaData)
        throw new Error('Emulator: Drive.Files.create without content is modelled for folders and Google Docs only.');
      // The service takes the bytes itself: none of the blob's own methods is a call of the script's.
      const blob = uploaded(mediaData);
      const mimeType = resource.mimeType === undefined ? blob.rawContentType : String(resource.mimeType);
      if (mimeType?.startsWith('application/vnd.google-apps.')) {
        throw new Error(`Emulator: converting an upload to ${mimeType} is not modelled.`);
      }
      const content = new BlobContent(blob.setName(name).setContentType(mimeType ?? 'application/octet-stream'));
      return fileResponse(drive.addFile(content, parent), args, fail);
    },

    /**
     * A copy of a file the script can read, in the given folder (one) or its source's; the copy is the script's own.
     * https://developers.google.com/drive/api/reference/rest/v3/files/copy
     */
    copy(resource: Resource, fileId: string, args: Args = {}) {
      const fail = call('copy', args);
      for (const key of Object.keys(resource)) {
        if (key !== 'name' && key !== 'parents')
          throw new Error(`Emulator: Drive.Files.copy field "${key}" is not modelled.`);
      }
      if (typeof resource.name !== 'string')
        throw new Error('Emulator: Drive.Files.copy without a name is not modelled.');
      const item = find(String(fileId), false, fail);
      if (isFolder(item)) throw new Error('Emulator: copying a folder is not modelled (the API refuses it).');
      const parents = (resource.parents as string[] | undefined) ?? [];
      if (parents.length > 1) throw fail(DRIVE_ERRORS.oneParent, 403);
      const parent = parents[0] === undefined ? (item.parent ?? drive.root) : folder(parents[0], fail);
      const copy =
        item.content.copyInto?.(resource.name, parent) ??
        drive.addFile(new BlobContent(item.content.getBlob().setName(resource.name)), parent);
      return fileResponse(copy, args, fail);
    },

    /** Patch semantics: name and trashed; parents only through addParents/removeParents. */
    update(resource: Resource, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | null, args: Args = {}) {
      const fail = call('update', args);
      if (mediaData) throw new Error('Emulator: Drive.Files.update with new content is not modelled.');
      if ('parents' in resource) throw fail(DRIVE_ERRORS.parentsNotWritable, 403);
      for (const key of Object.keys(resource)) {
        if (key !== 'name' && key !== 'trashed') {
          throw new Error(`Emulator: Drive.Files.update field "${key}" is not modelled.`);
        }
      }
      const item = find(String(fileId), true, fail);
      const ids = (v: unknown) => (typeof v === 'string' && v !== '' ? v.split(',') : []);
      const adding = ids(args.addParents).map((id) => folder(id, fail));
      const removing = new Set(ids(args.removeParents));
      const staying = item.parent && !removing.has(item.parent.rawId) ? [item.parent] : [];
      if (staying.length + adding.length > 1) throw fail(DRIVE_ERRORS.oneParent, 403);
      if (adding[0]) item.parent = adding[0];
      if (typeof resource.name === 'string') {
        if (isFolder(item)) item.rawName = resource.name;
        else item.content.setName(resource.name);
      }
      if (typeof resource.trashed === 'boolean') item.trashed = resource.trashed;
      if (!isFolder(item)) item.lastUpdated = runtime.now();
      return fileResponse(item, args, fail);
    },

    /** Every reachable file matching `q`, trashed ones included unless `q` says otherwise (see the reference). */
    list(args: Args = {}) {
      const fail = call('list', args);
      const q = typeof args.q === 'string' ? args.q : '';
      const terms = parseQuery(
        q,
        () => fail(DRIVE_ERRORS.invalidQuery, 400),
        (item) => item.parent?.rawId ?? null,
      );
      const all: Item[] = [...drive.allFolders(), ...drive.allFiles()].filter(
        (item) => reachable(item, false) && terms.every((t) => t(item)),
      );
      // pageSize: 1 to 1000, 100 when unset (https://developers.google.com/drive/api/reference/rest/v3/files/list).
      const size = Math.min(Math.max(Number(args.pageSize ?? 100), 1), 1000);
      const start = Number(args.pageToken ?? 0);
      const page = all.slice(start, start + size);
      const more = start + size < all.length;
      const list = {
        kind: 'drive#fileList',
        incompleteSearch: false,
        files: page.map(resourceOf),
        ...(more ? { nextPageToken: String(start + size) } : {}),
      };
      return masked(list, args.fields ?? DEFAULT_LIST_FIELDS, LIST_FIELDS, fail);
    },
  };
  return { Files };
}
