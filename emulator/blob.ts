// The emulated Apps Script Blob: bytes, a content type and a name, as Utilities.newBlob and getAs/getBlob return.
import type { Ledger } from './runtime';

/** File-name extensions getAs() appends, per content type (R base/blob#getAs(String)). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** Apps Script bytes are Java bytes: signed, -128..127. */
function toSignedBytes(buf: Buffer): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

/** Accepts what Apps Script scripts pass as bytes: signed Java bytes or unsigned values (both wrap mod 256). */
export function bytesToBuffer(data: ArrayLike<number>): Buffer {
  const buf = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) buf[i] = data[i] & 0xff;
  return buf;
}

/** Real getAs() replaces the part after the last period, or appends one (R base/blob#getAs(String)). */
function renameForType(name: string | null, contentType: string): string | null {
  if (name === null) return null;
  const ext = EXTENSIONS[contentType];
  if (!ext) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

/**
 * A blob. getBytes() returns signed bytes, as Apps Script's Byte[] are Java bytes: Utilities.newBlob('é').getBytes()
 * is [-61, -87] (https://developers.google.com/apps-script/reference/base/blob#getBytes(); the signedness is Java's
 * byte type, discussed in https://stackoverflow.com/questions/17003380). The emulator keeps a Buffer internally;
 * emulator code and tests use toBuffer().
 */
export class EmuBlob implements GoogleAppsScript.Base.Blob {
  private data: Buffer;
  /** Set on blobs handed to the script: its calls are recorded (kind 'utility', in-script); the emulator's are not. */
  private ledger: Ledger | null = null;

  constructor(
    data: Buffer | Uint8Array | ArrayLike<number> | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.data = typeof data === 'string' ? Buffer.from(data, 'utf8') : EmuBlob.asBuffer(data);
  }

  private static asBuffer(data: Buffer | Uint8Array | ArrayLike<number>): Buffer {
    if (Buffer.isBuffer(data)) return Buffer.from(data);
    if (data instanceof Uint8Array) return Buffer.from(data);
    return bytesToBuffer(data);
  }

  /** Records the script's calls on this blob in `ledger` (emulator-side; services call it on the blobs they return). */
  meteredBy(ledger: Ledger): this {
    this.ledger = ledger;
    return this;
  }

  private rec(method: string): void {
    this.ledger?.record('Blob', method, 'utility');
  }

  /** The raw bytes (emulator-side; not an Apps Script method). */
  toBuffer(): Buffer {
    return Buffer.from(this.data);
  }

  /**
   * What travels when a call carries the blob (the ledger's payload size): its bytes, base64 as in a MIME part, and
   * its name and type; never the emulator's own bookkeeping it holds.
   */
  toJSON(): { name: string | null; contentType: string | null; base64: string } {
    return { name: this.name, contentType: this.contentType, base64: this.data.toString('base64') };
  }

  /** An unmetered copy (emulator-side), for services that take a script's blob. */
  clone(): EmuBlob {
    return new EmuBlob(this.data, this.contentType, this.name);
  }

  get rawName(): string | null {
    return this.name;
  }

  get rawContentType(): string | null {
    return this.contentType;
  }

  get rawText(): string {
    return this.data.toString('utf8');
  }

  copyBlob(): EmuBlob {
    this.rec('copyBlob');
    return this.metered(this.clone());
  }

  /** A blob this one returns to the script is metered like it. */
  private metered(blob: EmuBlob): EmuBlob {
    return this.ledger ? blob.meteredBy(this.ledger) : blob;
  }

  /**
   * Same type: a renamed copy. Any other conversion is refused, as Apps Script refuses conversions it has no
   * converter for; documents and spreadsheets convert through their own getAs().
   */
  getAs(contentType: string): EmuBlob {
    this.rec('getAs');
    if (contentType !== this.contentType) {
      throw new Error(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
    }
    return this.metered(new EmuBlob(this.data, contentType, renameForType(this.name, contentType)));
  }

  /** A Blob is also a BlobSource: getBlob() gives a copy. */
  getBlob(): EmuBlob {
    this.rec('getBlob');
    return this.metered(this.clone());
  }

  getBytes(): number[] {
    this.rec('getBytes');
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    this.rec('getContentType');
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.rec('getDataAsString');
    const enc = (charset ?? 'UTF-8').toLowerCase().replace('-', '');
    if (enc === 'utf8') return this.data.toString('utf8');
    if (enc === 'iso88591' || enc === 'latin1') return this.data.toString('latin1');
    if (enc === 'usascii') return this.data.toString('ascii');
    throw new Error(`Unsupported charset: ${charset}`);
  }

  getName(): string | null {
    this.rec('getName');
    return this.name;
  }

  isGoogleType(): boolean {
    this.rec('isGoogleType');
    return false;
  }

  setBytes(data: number[]): EmuBlob {
    this.rec('setBytes');
    this.data = bytesToBuffer(data);
    return this;
  }

  setContentType(contentType: string | null): EmuBlob {
    this.rec('setContentType');
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): EmuBlob {
    this.rec('setContentTypeFromExtension');
    const ext = this.name?.slice(this.name.lastIndexOf('.') + 1).toLowerCase();
    const found = Object.entries(EXTENSIONS).find(([, e]) => e === ext || (ext === 'jpeg' && e === 'jpg'));
    if (!found) throw new Error(`Could not determine the content type from the file name ${this.name}.`);
    this.contentType = found[0];
    return this;
  }

  setDataFromString(text: string, charset?: string): EmuBlob {
    this.rec('setDataFromString');
    this.data = Buffer.from(text, (charset ?? 'UTF-8').toLowerCase() === 'iso-8859-1' ? 'latin1' : 'utf8');
    return this;
  }

  setName(name: string): EmuBlob {
    this.rec('setName');
    this.name = name;
    return this;
  }

  /** Deprecated in Apps Script; a plain blob holds only itself. */
  getAllBlobs(): EmuBlob[] {
    this.rec('getAllBlobs');
    return [this];
  }
}

/** What a service does with a BlobSource the script passes: takes its bytes, without a call of the script's. */
export function blobOf(source: GoogleAppsScript.Base.BlobSource): EmuBlob {
  if (source instanceof EmuBlob) return source.clone();
  const own = source as { blobUnrecorded?: () => EmuBlob };
  if (typeof own.blobUnrecorded === 'function') return own.blobUnrecorded();
  throw new Error('Invalid argument: blob');
}
