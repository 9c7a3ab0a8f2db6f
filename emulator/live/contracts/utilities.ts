// Contracts: Utilities (dates in time zones, blobs, base64, digests) as the product formats and fingerprints with it.
import { type Contract, thrown } from '../contract';

const U = 'https://developers.google.com/apps-script/reference/utilities/utilities';
const DIGEST = `${U}#computeDigest(DigestAlgorithm,String,Charset)`;
const BLOB = 'https://developers.google.com/apps-script/reference/base/blob';
/** MD5 of "€🙂" as live Apps Script gives it, recorded in gas-fakes' test/testutilities.js. */
const MD5_UTF8 = [-71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6];
const MD5_ASCII = [-22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69];
const INSTANT = new Date('2026-02-03T17:30:05Z');

/** computeDigest with arguments its typings do not allow, to observe how Apps Script refuses them. */
const digestLoosely = (...args: unknown[]) =>
  (Utilities as unknown as { computeDigest(...a: unknown[]): number[] }).computeDigest(...args);

export const UTILITIES_CONTRACTS: Contract[] = [
  {
    name: 'Utilities.formatDate › formats in the given time zone: 17:30 UTC is 00:30 the next day in Asia/Jakarta',
    source: `${U}#formatDate(Date,String,String)`,
    basis: 'documented',
    expected: ['2026-02-04 00:30:05', '2026-02-03 17:30:05'],
    observe: () => [
      Utilities.formatDate(INSTANT, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss'),
      Utilities.formatDate(INSTANT, 'UTC', 'yyyy-MM-dd HH:mm:ss'),
    ],
  },
  {
    name: 'Utilities.formatDate › supports SimpleDateFormat letters: MMMM, MMM, EEE, EEEE, a, h, Z, XXX, quoted text',
    source: 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html',
    basis: 'open question',
    expected: ['4 February 2026 pukul 00.30', 'Wed, 04 Feb 26', 'Wednesday 12:30 AM', '+0700|+07:00', "'26'"],
    observe: () => [
      Utilities.formatDate(INSTANT, 'Asia/Jakarta', "d MMMM yyyy 'pukul' HH.mm"),
      Utilities.formatDate(INSTANT, 'Asia/Jakarta', 'EEE, dd MMM yy'),
      Utilities.formatDate(INSTANT, 'Asia/Jakarta', 'EEEE h:mm a'),
      Utilities.formatDate(INSTANT, 'Asia/Jakarta', 'Z|XXX'),
      Utilities.formatDate(INSTANT, 'UTC', "''yy''"),
    ],
  },
  {
    name: 'Utilities.formatDate › rejects letters SimpleDateFormat does not know, as Java does',
    source: 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html',
    basis: 'open question',
    expected: /Illegal pattern character 'q'/,
    observe: () => thrown(() => Utilities.formatDate(INSTANT, 'UTC', 'yyyy-qq')),
  },
  {
    name: 'Utilities › newBlob makes a blob from text or bytes',
    source: `${U}#newBlob(Byte,String,String)`,
    basis: 'documented',
    expected: ['Rekap', 'a.txt', 'Re'],
    observe: () => {
      const blob = Utilities.newBlob('Rekap', 'text/plain', 'a.txt');
      return [blob.getDataAsString(), blob.getName(), Utilities.newBlob([82, 101]).getDataAsString()];
    },
  },
  {
    name: 'Utilities › base64 round-trips; decoded bytes and digests are signed Java bytes',
    source: `${U}#base64Decode(String)`,
    basis: 'documented',
    expected: { encoded: 'UmlhdQ==', decoded: [-61, -87], length: 32, first: -70, uuid: /^[0-9a-f-]{36}$/ },
    observe: () => {
      const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
      return {
        encoded: Utilities.base64Encode('Riau'),
        decoded: Utilities.base64Decode('w6k='),
        length: digest.length,
        first: digest[0],
        uuid: Utilities.getUuid(),
      };
    },
  },
  {
    name: 'Utilities.computeDigest and charsets › without a charset a string is US-ASCII: every non-ASCII character (an emoji too) becomes one "?"',
    source: `${U}#computeDigest(DigestAlgorithm,String)`,
    basis: 'open question',
    expected: { plain: MD5_ASCII, ascii: MD5_ASCII, questionMarks: MD5_ASCII, twoEmojiAlike: true },
    observe: () => {
      const { MD5, SHA_256 } = Utilities.DigestAlgorithm;
      return {
        plain: Utilities.computeDigest(MD5, '€🙂'),
        ascii: Utilities.computeDigest(MD5, '€🙂', Utilities.Charset.US_ASCII),
        questionMarks: Utilities.computeDigest(MD5, '??'),
        twoEmojiAlike:
          JSON.stringify(Utilities.computeDigest(SHA_256, 'Lapas 🌾')) ===
          JSON.stringify(Utilities.computeDigest(SHA_256, 'Lapas 🌻')),
      };
    },
  },
  {
    name: 'Utilities.computeDigest and charsets › with Charset.UTF_8 the string is hashed as UTF-8, and bytes are hashed as they are',
    source: DIGEST,
    basis: 'documented',
    expected: { utf8: MD5_UTF8, bytes: MD5_UTF8, twoEmojiDiffer: true },
    observe: () => {
      const { MD5, SHA_256 } = Utilities.DigestAlgorithm;
      const { UTF_8 } = Utilities.Charset;
      return {
        utf8: Utilities.computeDigest(MD5, '€🙂', UTF_8),
        bytes: Utilities.computeDigest(MD5, Utilities.newBlob('€🙂').getBytes()),
        twoEmojiDiffer:
          JSON.stringify(Utilities.computeDigest(SHA_256, 'Lapas 🌾', UTF_8)) !==
          JSON.stringify(Utilities.computeDigest(SHA_256, 'Lapas 🌻', UTF_8)),
      };
    },
  },
  {
    name: 'Utilities.computeDigest and charsets › refuses arguments no signature takes: an unknown algorithm or charset, bytes with a charset',
    source: DIGEST,
    basis: 'open question',
    expected: [
      /^The parameters \(.*\) don't match the method signature for Utilities\.computeDigest\.$/,
      /^The parameters \(.*\) don't match the method signature for Utilities\.computeDigest\.$/,
      /^The parameters \(.*\) don't match the method signature for Utilities\.computeDigest\.$/,
    ],
    observe: () => {
      const { MD5 } = Utilities.DigestAlgorithm;
      return [
        thrown(() => digestLoosely('fake', 'a')),
        thrown(() => digestLoosely(MD5, 'a', 'fake')),
        thrown(() => digestLoosely(MD5, [0, 1, 2], Utilities.Charset.UTF_8)),
      ];
    },
  },
  {
    name: 'Blob from Utilities.newBlob › getBytes returns signed bytes; setBytes accepts them back',
    source: `${BLOB}#getBytes()`,
    basis: 'documented',
    expected: [[-61, -87], 'é'],
    observe: () => [
      Utilities.newBlob('é', 'text/plain', 'catatan.txt').getBytes(),
      Utilities.newBlob([]).setBytes([-61, -87]).getDataAsString(),
    ],
  },
  {
    name: 'Blob from Utilities.newBlob › getAs to the same type renames the extension; an unsupported conversion throws',
    source: `${BLOB}#getAs(String)`,
    basis: 'open question',
    expected: { renamed: 'grafik.png', unsupported: /is not supported/ },
    observe: () => {
      const png = Utilities.newBlob([1, 2, 3], 'image/png', 'grafik.bin');
      return { renamed: png.getAs('image/png').getName(), unsupported: thrown(() => png.getAs('application/pdf')) };
    },
  },
];
