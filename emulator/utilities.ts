// The emulated Utilities: formatDate with Java SimpleDateFormat patterns in any time zone, blobs, sleep, base64, digests.
import { createHash, randomUUID } from 'node:crypto';
import { bytesToBuffer, EmuBlob } from './blob';
import type { Runtime } from './runtime';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Offset of a time zone from UTC at an instant, in ms, from the zone's wall clock as Intl reports it. */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const abs = Math.abs(offsetMs) / 60_000;
  const h = pad(Math.floor(abs / 60), 2);
  const m = pad(abs % 60, 2);
  if (style === 'X') return offsetMs === 0 ? 'Z' : `${sign}${h}`;
  if (style === 'XXX') return offsetMs === 0 ? 'Z' : `${sign}${h}:${m}`;
  if (style === 'XX') return offsetMs === 0 ? 'Z' : `${sign}${h}${m}`;
  return `${sign}${h}${m}`;
}

/**
 * Utilities.formatDate(date, timeZone, format): Java SimpleDateFormat letters (R utilities/utilities#formatDate).
 * Month and day names are English, as Apps Script formats with an English locale whatever the user's language
 * (observed behaviour, not stated in the reference: uncertain). `z` uses Intl's short zone name (e.g. GMT+7) where
 * Java prints WIB: uncertain, avoid `z` in user-facing text.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const offset = zoneOffsetMs(date.getTime(), timeZone);
  const w = new Date(date.getTime() + offset);
  const year = w.getUTCFullYear();
  const month = w.getUTCMonth();
  const day = w.getUTCDate();
  const hour = w.getUTCHours();
  const weekday = w.getUTCDay();
  const dayOfYear = Math.floor((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in date format: ${pattern}`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'G':
        out += year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(year % 100, 2) : pad(year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[month] : n === 3 ? MONTHS[month].slice(0, 3) : pad(month + 1, n);
        break;
      case 'd':
        out += pad(day, n);
        break;
      case 'D':
        out += pad(dayOfYear, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[weekday] : DAYS[weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(weekday === 0 ? 7 : weekday, n);
        break;
      case 'a':
        out += hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(hour, n);
        break;
      case 'k':
        out += pad(hour === 0 ? 24 : hour, n);
        break;
      case 'K':
        out += pad(hour % 12, n);
        break;
      case 'h':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, n);
        break;
      case 'm':
        out += pad(w.getUTCMinutes(), n);
        break;
      case 's':
        out += pad(w.getUTCSeconds(), n);
        break;
      case 'S':
        out += pad(w.getUTCMilliseconds(), n);
        break;
      case 'z':
        out +=
          new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: n >= 4 ? 'long' : 'short' })
            .formatToParts(date)
            .find((p) => p.type === 'timeZoneName')?.value ?? '';
        break;
      case 'Z':
        out += offsetText(offset, 'Z');
        break;
      case 'X':
        out += offsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
      default:
        // Java's SimpleDateFormat rejects unknown letters.
        throw new Error(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}

export const DigestAlgorithm = Object.freeze({
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
});
export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script byte arrays are signed Java bytes (see blob.ts). */
const signed = (buf: Buffer) => new EmuBlob(buf).getBytes();

/** Java's US-ASCII encoder: one '?' (0x3F) for every character outside ASCII, an emoji included. */
function usAscii(text: string): Buffer {
  return Buffer.from(Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) < 0x80 ? (ch.codePointAt(0) ?? 0) : 0x3f)));
}

const toBuffer = (data: string | number[], charset?: string) =>
  typeof data === 'string' ? (charset === 'US_ASCII' ? usAscii(data) : Buffer.from(data, 'utf8')) : bytesToBuffer(data);

/** The overload error Apps Script gives for arguments no signature takes (type list uncertain; wording per gas-fakes' live test). */
const noSuchSignature = (method: string, args: unknown[]) =>
  new Error(
    `The parameters (${args.map((a) => (Array.isArray(a) ? 'number[]' : typeof a === 'string' ? 'String' : '(class)')).join(',')}) don't match the method signature for Utilities.${method}.`,
  );

/** Utilities.sleep refuses more than 5 minutes (R utilities/utilities#sleep(Integer)). */
export const MAX_SLEEP_MS = 300_000;

export class UtilitiesEmu {
  readonly app: Record<string, unknown>;

  constructor(runtime: Runtime) {
    const rec = (method: string) => runtime.ledger.record('Utilities', method, 'utility');
    this.app = {
      DigestAlgorithm,
      Charset,
      formatDate: (date: Date, timeZone: string, format: string) => {
        rec('formatDate');
        return formatDate(date, timeZone, format);
      },
      newBlob: (data: string | number[] | Uint8Array, contentType?: string, name?: string) => {
        rec('newBlob');
        return new EmuBlob(data, contentType ?? null, name ?? null).meteredBy(runtime.ledger);
      },
      // Sleeping advances the modelled clock, so it counts against the 6-minute limit as in Apps Script.
      sleep: (milliseconds: number) => {
        rec('sleep');
        if (milliseconds > MAX_SLEEP_MS) throw new Error(`Invalid argument: milliseconds (maximum ${MAX_SLEEP_MS})`);
        runtime.advance(Math.max(0, milliseconds));
        runtime.checkDeadline();
      },
      getUuid: () => {
        rec('getUuid');
        return randomUUID();
      },
      base64Encode: (data: string | number[], charset?: string) => {
        rec('base64Encode');
        return toBuffer(data, charset).toString('base64');
      },
      base64EncodeWebSafe: (data: string | number[], charset?: string) => {
        rec('base64EncodeWebSafe');
        return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
      },
      base64Decode: (encoded: string) => {
        rec('base64Decode');
        return signed(Buffer.from(encoded, 'base64'));
      },
      base64DecodeWebSafe: (encoded: string) => {
        rec('base64DecodeWebSafe');
        return signed(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
      },
      /**
       * R utilities/utilities#computeDigest(DigestAlgorithm,String,Charset). A string without a charset is read as
       * US-ASCII, so texts differing only outside ASCII hash alike (gas-fakes' live digests, test/testutilities.js);
       * bytes take no charset.
       */
      computeDigest: (...args: unknown[]) => {
        rec('computeDigest');
        const [algorithm, value, charset] = args;
        const alg = NODE_DIGEST[String(algorithm)];
        const text = typeof value === 'string';
        const charsetOk = charset === undefined ? text || Array.isArray(value) : text && String(charset) in Charset;
        if (!alg || !charsetOk || args.length > 3) throw noSuchSignature('computeDigest', args);
        const bytes = text
          ? toBuffer(value, charset === undefined ? 'US_ASCII' : String(charset))
          : toBuffer(value as number[]);
        return signed(createHash(alg).update(bytes).digest());
      },
    };
  }
}
