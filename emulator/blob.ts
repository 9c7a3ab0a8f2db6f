// The emulated Apps Script Blob: bytes, a content type and a name, as Utilities.newBlob and getAs/getBlob return.

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

  /** The raw bytes (emulator-side; not an Apps Script method). */
  toBuffer(): Buffer {
    return Buffer.from(this.data);
  }

  copyBlob(): EmuBlob {
    return new EmuBlob(this.data, this.contentType, this.name);
  }

  /**
   * Same type: a renamed copy. Any other conversion is refused, as Apps Script refuses conversions it has no
   * converter for; documents and spreadsheets convert through their own getAs().
   */
  getAs(contentType: string): EmuBlob {
    if (contentType !== this.contentType) {
      throw new Error(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
    }
    return new EmuBlob(this.data, contentType, renameForType(this.name, contentType));
  }

  /** A Blob is also a BlobSource: getBlob() gives a copy. */
  getBlob(): EmuBlob {
    return this.copyBlob();
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    const enc = (charset ?? 'UTF-8').toLowerCase().replace('-', '');
    if (enc === 'utf8') return this.data.toString('utf8');
    if (enc === 'iso88591' || enc === 'latin1') return this.data.toString('latin1');
    if (enc === 'usascii') return this.data.toString('ascii');
    throw new Error(`Unsupported charset: ${charset}`);
  }

  getName(): string | null {
    return this.name;
  }

  isGoogleType(): boolean {
    return false;
  }

  setBytes(data: number[]): EmuBlob {
    this.data = bytesToBuffer(data);
    return this;
  }

  setContentType(contentType: string | null): EmuBlob {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): EmuBlob {
    const ext = this.name?.slice(this.name.lastIndexOf('.') + 1).toLowerCase();
    const found = Object.entries(EXTENSIONS).find(([, e]) => e === ext || (ext === 'jpeg' && e === 'jpg'));
    if (!found) throw new Error(`Could not determine the content type from the file name ${this.name}.`);
    this.contentType = found[0];
    return this;
  }

  setDataFromString(text: string, charset?: string): EmuBlob {
    this.data = Buffer.from(text, (charset ?? 'UTF-8').toLowerCase() === 'iso-8859-1' ? 'latin1' : 'utf8');
    return this;
  }

  setName(name: string): EmuBlob {
    this.name = name;
    return this;
  }

  /** Deprecated in Apps Script; a plain blob holds only itself. */
  getAllBlobs(): EmuBlob[] {
    return [this];
  }
}
