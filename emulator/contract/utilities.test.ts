// Contract: Utilities (R utilities/utilities): formatDate in time zones, blobs, sleep on the modelled clock, base64.
import type { EmuBlob } from '../blob';
import { createEmulator } from '../index';
import { formatDate } from '../utilities';

function utilities() {
  const emulator = createEmulator();
  const app = emulator.globals.Utilities as {
    formatDate(d: Date, tz: string, f: string): string;
    newBlob(data: string | number[], type?: string, name?: string): EmuBlob;
    sleep(ms: number): void;
    getUuid(): string;
    base64Encode(d: string | number[]): string;
    base64Decode(s: string): number[];
    computeDigest(alg: string, v: string | number[], charset?: string): number[];
    DigestAlgorithm: Record<string, string>;
    Charset: Record<string, string>;
  };
  return { emulator, app };
}

describe('Utilities.formatDate', () => {
  const instant = new Date('2026-02-03T17:30:05Z');

  it('formats in the given time zone: 17:30 UTC is 00:30 the next day in Asia/Jakarta', () => {
    expect(formatDate(instant, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-02-04 00:30:05');
    expect(formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-02-03 17:30:05');
  });

  // Month/day names in English (uncertain: observed Apps Script behaviour with the default locale).
  it('supports SimpleDateFormat letters: MMMM, MMM, EEE, EEEE, a, h, Z, XXX, quoted text', () => {
    expect(formatDate(instant, 'Asia/Jakarta', "d MMMM yyyy 'pukul' HH.mm")).toBe('4 February 2026 pukul 00.30');
    expect(formatDate(instant, 'Asia/Jakarta', 'EEE, dd MMM yy')).toBe('Wed, 04 Feb 26');
    expect(formatDate(instant, 'Asia/Jakarta', 'EEEE h:mm a')).toBe('Wednesday 12:30 AM');
    expect(formatDate(instant, 'Asia/Jakarta', 'Z|XXX')).toBe('+0700|+07:00');
    expect(formatDate(instant, 'UTC', "''yy''")).toBe("'26'");
  });

  it('rejects letters SimpleDateFormat does not know, as Java does', () => {
    expect(() => formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities', () => {
  it('newBlob makes a blob from text or bytes', () => {
    const { app } = utilities();
    const blob = app.newBlob('Rekap', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('Rekap');
    expect(blob.getName()).toBe('a.txt');
    expect(app.newBlob([82, 101]).getDataAsString()).toBe('Re');
  });

  it('sleep advances the modelled clock, and counts toward the 6-minute limit', () => {
    const { app, emulator } = utilities();
    const t0 = emulator.runtime.now().getTime();
    app.sleep(2000);
    expect(emulator.runtime.now().getTime() - t0).toBeGreaterThanOrEqual(2000);
    emulator.runtime.beginExecution();
    app.sleep(300_000);
    expect(() => app.sleep(100_000)).toThrow('Exceeded maximum execution time');
  });

  it('base64 round-trips; decoded bytes and digests are signed Java bytes', () => {
    const { app } = utilities();
    expect(app.base64Encode('Riau')).toBe('UmlhdQ==');
    expect(app.base64Decode('w6k=')).toEqual([-61, -87]);
    const digest = app.computeDigest(app.DigestAlgorithm.SHA_256, 'abc');
    expect(digest).toHaveLength(32);
    expect(digest[0]).toBe(-70); // 0xba
    expect(app.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
});

// R utilities/utilities#computeDigest(DigestAlgorithm,String,Charset). The expected bytes are live Apps Script's,
// recorded in gas-fakes' test/testutilities.js (https://github.com/brucemcpherson/gas-fakes).
describe('Utilities.computeDigest and charsets', () => {
  const MD5_UTF8 = [-71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6];
  const MD5_ASCII = [-22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69];

  it('without a charset a string is US-ASCII: every non-ASCII character (an emoji too) becomes one "?"', () => {
    const { app } = utilities();
    expect(app.computeDigest(app.DigestAlgorithm.MD5, '€🙂')).toEqual(MD5_ASCII);
    expect(app.computeDigest(app.DigestAlgorithm.MD5, '€🙂', app.Charset.US_ASCII)).toEqual(MD5_ASCII);
    expect(app.computeDigest(app.DigestAlgorithm.MD5, '??')).toEqual(MD5_ASCII);
    expect(app.computeDigest(app.DigestAlgorithm.SHA_256, 'Lapas 🌾')).toEqual(
      app.computeDigest(app.DigestAlgorithm.SHA_256, 'Lapas 🌻'),
    );
  });

  it('with Charset.UTF_8 the string is hashed as UTF-8, and bytes are hashed as they are', () => {
    const { app } = utilities();
    expect(app.computeDigest(app.DigestAlgorithm.MD5, '€🙂', app.Charset.UTF_8)).toEqual(MD5_UTF8);
    expect(app.computeDigest(app.DigestAlgorithm.MD5, app.newBlob('€🙂').getBytes())).toEqual(MD5_UTF8);
    expect(app.computeDigest(app.DigestAlgorithm.SHA_256, 'Lapas 🌾', app.Charset.UTF_8)).not.toEqual(
      app.computeDigest(app.DigestAlgorithm.SHA_256, 'Lapas 🌻', app.Charset.UTF_8),
    );
  });

  it('refuses arguments no signature takes: an unknown algorithm or charset, bytes with a charset', () => {
    const { app } = utilities();
    const noSignature = /^The parameters \(.*\) don't match the method signature for Utilities.computeDigest\.$/;
    expect(() => app.computeDigest('fake', 'a')).toThrow(noSignature);
    expect(() => app.computeDigest(app.DigestAlgorithm.MD5, 'a', 'fake')).toThrow(noSignature);
    expect(() => app.computeDigest(app.DigestAlgorithm.MD5, [0, 1, 2], app.Charset.UTF_8)).toThrow(noSignature);
  });
});

// R base/blob: getBytes() gives Java (signed) bytes; getAs renames the extension; no converter → error.
describe('Blob from Utilities.newBlob', () => {
  it('getBytes returns signed bytes; setBytes accepts them back', () => {
    const { app } = utilities();
    const blob = app.newBlob('é', 'text/plain', 'catatan.txt');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(app.newBlob([]).setBytes([-61, -87]).getDataAsString()).toBe('é');
  });

  it('getAs to the same type renames the extension; an unsupported conversion throws', () => {
    const { app } = utilities();
    const png = app.newBlob([1, 2, 3], 'image/png', 'grafik.bin');
    expect(png.getAs('image/png').getName()).toBe('grafik.png');
    expect(() => png.getAs('application/pdf')).toThrow('is not supported');
  });
});
