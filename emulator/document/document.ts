// The emulated DocumentApp and Document: create/open, name, body, saveAndClose, PDF export; documents are Drive files.
import { EmuBlob } from '../blob';
import type { CreatedBy, DriveService, EmuFile } from '../drive';
import { newDriveId } from '../drive';
import { APPS_SCRIPT_ERRORS, type Runtime } from '../runtime';
import { EmuBody } from './body';
import { DocContext } from './context';
import { copyBody } from './docs-api';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { documentToPdf } from './pdf';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

/**
 * A line of the document's header or footer; `pageNumber`: the page's number follows the text (Docs' page-number
 * auto text).
 */
export interface FooterLine {
  readonly text: string;
  readonly pageNumber: boolean;
}

export class EmuDocument {
  readonly ctx: DocContext;
  readonly body: EmuBody;
  file: EmuFile | null = null;
  /** The default header and footer, on every page; null when the document has none. */
  header: FooterLine[] | null = null;
  footer: FooterLine[] | null = null;

  constructor(
    runtime: Runtime,
    private readonly id: string,
    public name: string,
    private readonly toPdf: (doc: EmuDocument) => Buffer = documentToPdf,
  ) {
    this.ctx = new DocContext(runtime);
    this.body = new EmuBody(this.ctx);
  }

  getId(): string {
    this.ctx.read('Document', 'getId');
    return this.id;
  }

  getName(): string {
    this.ctx.read('Document', 'getName');
    return this.name;
  }

  setName(name: string): EmuDocument {
    this.ctx.edit('Document', 'setName');
    this.name = String(name);
    return this;
  }

  getUrl(): string {
    this.ctx.read('Document', 'getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  getBody(): EmuBody {
    this.ctx.read('Document', 'getBody');
    return this.body;
  }

  /** Flushes and closes: later edits through this document throw (R document/document#saveAndClose()). */
  saveAndClose(): void {
    this.ctx.read('Document', 'saveAndClose');
    this.ctx.closed = true;
    this.ctx.unsaved = false;
  }

  /** Only PDF export is supported, as for real Docs (R document/document#getAs(String)). */
  getAs(contentType: string): EmuBlob {
    this.ctx.read('Document', 'getAs');
    return this.export(contentType).meteredBy(this.ctx.runtime.ledger);
  }

  getBlob(): EmuBlob {
    this.ctx.read('Document', 'getBlob');
    return this.blobUnrecorded().meteredBy(this.ctx.runtime.ledger);
  }

  /** The PDF export (emulator-side: a service taking the document as a BlobSource converts it without a script call). */
  blobUnrecorded(): EmuBlob {
    return this.export('application/pdf');
  }

  export(contentType: string): EmuBlob {
    if (contentType !== 'application/pdf') {
      throw new Error(`Converting from ${GOOGLE_DOC_MIME} to ${contentType} is not supported.`);
    }
    return new EmuBlob(this.toPdf(this), 'application/pdf', `${this.name}.pdf`);
  }

  get rawId(): string {
    return this.id;
  }

  /**
   * What a person does once in Google Docs with Insert → Page numbers (Sisipkan → Nomor halaman), numbers at the
   * foot of every page: a footer holding the page-number auto text. No script can do this: DocumentApp has no
   * page-number element to insert, and no Docs API request inserts auto text
   * (https://developers.google.com/docs/api/reference/rest/v1/documents/request; AutoText is read-only in
   * https://developers.google.com/docs/api/reference/rest/v1/documents#autotext). Tests call it as the person.
   */
  insertPageNumbersByHand(): void {
    this.footer = [...(this.footer ?? []), { text: '', pageNumber: true }];
  }

  /**
   * What a person types in Docs into the header (double-click the top margin) or the footer: a line of text, e.g. a
   * template's `{{kantor}} — {{periode}}`. Scripts write headers and footers through other routes not modelled here.
   */
  typeInHeaderByHand(text: string): void {
    this.header = [...(this.header ?? []), { text, pageNumber: false }];
  }

  typeInFooterByHand(text: string): void {
    this.footer = [...(this.footer ?? []), { text, pageNumber: false }];
  }
}

/** Documents created per day: 250 consumer / 1,500 Workspace (G services/quotas). */
export const DOCUMENT_CREATE_QUOTA = { consumer: 250, workspace: 1500 } as const;

export class DocumentService {
  private readonly docs: EmuDocument[] = [];
  createdToday = 0;
  /**
   * How a document becomes PDF here: LibreOffice by default (pdf.ts). The benchmark swaps in a stand-in so the local
   * conversion stays out of its measured loop; the modelled cost of the export call is the same.
   */
  pdfConverter: (doc: EmuDocument) => Buffer = documentToPdf;
  readonly app: Record<string, unknown>;

  constructor(
    readonly runtime: Runtime,
    private readonly drive: DriveService,
    private readonly workspace = false,
  ) {
    const rec = (method: string) => runtime.ledger.record('DocumentApp', method, 'docs');
    this.app = {
      create: (name: string) => {
        rec('create');
        return this.create(name);
      },
      openById: (id: string) => {
        rec('openById');
        return this.open(id);
      },
      openByUrl: (url: string) => {
        rec('openByUrl');
        const m = /\/d\/([\w-]+)/.exec(url);
        return this.open(m ? m[1] : url);
      },
      // The add-on is bound to a spreadsheet, so there is no active document.
      getActiveDocument: () => {
        rec('getActiveDocument');
        return null;
      },
      ParagraphHeading,
      HorizontalAlignment,
      ElementType,
      GlyphType,
      Attribute,
    };
  }

  private create(name: string): EmuDocument {
    const quota = this.workspace ? DOCUMENT_CREATE_QUOTA.workspace : DOCUMENT_CREATE_QUOTA.consumer;
    if (this.createdToday >= quota) throw new Error(APPS_SCRIPT_ERRORS.documentQuota);
    this.createdToday++;
    return this.createUnrecorded(name);
  }

  /**
   * A new document in the owner's Drive, outside DocumentApp's daily quota (the Docs API's documents.create); a test
   * seeds one the user made in Docs with `createdBy` 'user' (which drive.file does not reach).
   */
  createUnrecorded(name: string, createdBy: CreatedBy = 'script'): EmuDocument {
    const doc = new EmuDocument(this.runtime, newDriveId('doc'), String(name), (d) => this.pdfConverter(d));
    this.docs.push(doc);
    doc.file = this.drive.register(
      doc.rawId,
      {
        mimeType: GOOGLE_DOC_MIME,
        getName: () => doc.name,
        setName: (n) => {
          doc.name = n;
        },
        getBlob: () => this.exportSaved(doc, 'application/pdf'),
        getAs: (ct) => this.exportSaved(doc, ct),
        copyInto: (copyName, folder) => {
          const copy = this.createUnrecorded(copyName);
          copyBody(doc, copy);
          const file = copy.file as EmuFile;
          file.parent = folder;
          return file;
        },
      },
      undefined,
      createdBy,
    );
    return doc;
  }

  /** The document with this id, unless it is in the trash (emulator-side). */
  byIdUnrecorded(id: string): EmuDocument | null {
    return this.docs.find((d) => d.rawId === id && !d.file?.trashed) ?? null;
  }

  /** Reopening gives an editable document again (the emulator reuses one object per document). */
  private open(id: string): EmuDocument {
    const doc = this.docs.find((d) => d.rawId === id && !d.file?.trashed);
    if (!doc) throw new Error(APPS_SCRIPT_ERRORS.documentMissing);
    doc.ctx.closed = false;
    return doc;
  }

  /**
   * Drive exports the document as last saved: real Apps Script silently gives the old (often blank) content when
   * the script has not called saveAndClose() yet. The emulator fails loudly instead, so the bug cannot pass a test.
   */
  private exportSaved(doc: EmuDocument, contentType: string): EmuBlob {
    if (doc.ctx.unsaved) {
      throw new Error(
        'Emulator: exporting a Document through Drive before saveAndClose() gives stale content in Apps Script; call saveAndClose() first.',
      );
    }
    return doc.export(contentType);
  }

  /** Apps Script saves every open document when an execution ends; the harness calls this then. */
  saveAllAtEndOfExecution(): void {
    for (const d of this.docs) d.ctx.unsaved = false;
  }

  /** Test-facing: every document created, in order. */
  all(): readonly EmuDocument[] {
    return this.docs;
  }
}
