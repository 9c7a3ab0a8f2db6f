// Contracts: the small services the product leans on: LockService, PropertiesService, CacheService, Session,
// HtmlService.
import { type Contract, thrown } from '../contract';

const CACHE = 'https://developers.google.com/apps-script/reference/cache/cache';
const GAS_FAKES = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/';
const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export const SERVICE_CONTRACTS: Contract[] = [
  {
    name: 'LockService › tryLock succeeds when free, and again (no-op) when this execution already holds it',
    source: 'https://developers.google.com/apps-script/reference/lock/lock#hasLock()',
    basis: 'open question',
    expected: { before: false, first: true, again: true, seenByNewLock: true, released: false },
    observe: (s) => {
      const lock = LockService.getScriptLock();
      s.defer(() => lock.releaseLock(), 'the script lock');
      const before = lock.hasLock();
      const first = lock.tryLock(0);
      const again = lock.tryLock(0);
      const seenByNewLock = LockService.getScriptLock().hasLock();
      lock.releaseLock();
      return { before, first, again, seenByNewLock, released: lock.hasLock() };
    },
  },
  {
    name: 'LockService › a negative timeout fails on a free lock: tryLock gives false, waitLock throws the timeout, nothing is held',
    source: `${GAS_FAKES}testlock.js`,
    basis: 'open question',
    expected: { tried: false, held: false, waited: TIMEOUT, heldAfter: false, thenZero: true },
    observe: (s) => {
      const lock = LockService.getScriptLock();
      s.defer(() => lock.releaseLock(), 'the script lock');
      const tried = lock.tryLock(-100);
      const held = lock.hasLock();
      const waited = thrown(() => lock.waitLock(-100));
      return { tried, held, waited, heldAfter: lock.hasLock(), thenZero: lock.tryLock(0) };
    },
  },
  {
    name: 'PropertiesService › stores values as strings; a missing key reads null',
    source: 'https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)',
    basis: 'documented',
    expected: ['202602', 'true', null],
    observe: (s) => {
      const store = PropertiesService.getScriptProperties();
      const key = s.name();
      s.defer(() => store.deleteProperty(`${key} periode`).deleteProperty(`${key} aktif`), 'script properties');
      store.setProperty(`${key} periode`, 202602 as unknown as string);
      store.setProperty(`${key} aktif`, true as unknown as string);
      return [store.getProperty(`${key} periode`), store.getProperty(`${key} aktif`), store.getProperty(`${key} x`)];
    },
  },
  {
    name: `CacheService (${CACHE}) › keeps values as strings; a missing key reads null; getAll leaves missing keys out`,
    source: CACHE,
    basis: 'documented',
    expected: {
      number: '102772',
      missing: null,
      all: { periode: '2026-02', status: 'Dikirim' },
      afterRemove: {},
    },
    observe: (s) => {
      const cache = CacheService.getScriptCache();
      const prefix = `${s.name()} `;
      const [jumlah, periode, status] = ['jumlah', 'periode', 'status'].map((key) => prefix + key);
      s.defer(() => cache.removeAll([jumlah, periode, status]), 'script cache entries');
      /** The entries with the run's prefix taken off their keys. */
      const unprefixed = (entries: Record<string, string>) =>
        Object.fromEntries(Object.entries(entries).map(([key, value]) => [key.slice(prefix.length), value]));
      cache.put(jumlah, 102772 as unknown as string);
      cache.putAll({ [periode]: '2026-02', [status]: 'Dikirim' });
      const observed = {
        number: cache.get(jumlah),
        missing: cache.get(`${prefix}tidak-ada`),
        all: unprefixed(cache.getAll([periode, status, `${prefix}tidak-ada`])),
      };
      cache.remove(periode);
      cache.removeAll([status]);
      return { ...observed, afterRemove: unprefixed(cache.getAll([periode, status])) };
    },
  },
  {
    name: `CacheService (${CACHE}) › refuses a value over 100 KB, a key over 250 characters and an expiration over 6 hours`,
    source: CACHE,
    basis: 'open question',
    expected: {
      fits: 'no error',
      tooBig: /Argument too large: value/,
      longKey: /Argument too large: key/,
      tooLong: /Invalid argument: expirationInSeconds/,
      stored: null,
    },
    observe: (s) => {
      const cache = CacheService.getScriptCache();
      const [fits, tooBig] = [s.name(), s.name()];
      s.defer(() => cache.removeAll([fits, tooBig]), 'script cache entries');
      return {
        fits: thrown(() => cache.put(fits, 'x'.repeat(100 * 1024))),
        tooBig: thrown(() => cache.put(tooBig, 'x'.repeat(100 * 1024 + 1))),
        longKey: thrown(() => cache.put('k'.repeat(251), 'v')),
        tooLong: thrown(() => cache.put(fits, 'v', 21_601)),
        stored: cache.get(tooBig),
      };
    },
  },
  {
    name: 'Session › a User reads as its e-mail address in text: String(Session.getActiveUser())',
    source: `${GAS_FAKES}testsession.js`,
    basis: 'open question',
    expected: (s) => ({ active: s.me, effective: s.me }),
    observe: () => ({ active: String(Session.getActiveUser()), effective: `${Session.getEffectiveUser()}` }),
  },
  {
    name: 'HtmlService › createHtmlOutput: title, size, append, appendUntrusted escapes',
    source: 'https://developers.google.com/apps-script/reference/html/html-output',
    basis: 'documented',
    expected: {
      title: 'Rekap UPT',
      size: [300, 200],
      content: '<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;',
      chains: true,
    },
    observe: () => {
      const out = HtmlService.createHtmlOutput('<p>a</p>').setTitle('Rekap UPT').setWidth(300).setHeight(200);
      out.append('<p>b</p>').appendUntrusted('<script>x</script>');
      return {
        title: out.getTitle(),
        size: [out.getWidth(), out.getHeight()],
        content: out.getContent(),
        chains: out.setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL) === out,
      };
    },
  },
  {
    name: 'HtmlService › clear empties the content and chains; title and size stay',
    source: 'https://developers.google.com/apps-script/reference/html/html-output#clear()',
    basis: 'documented',
    expected: { chains: true, content: '', kept: ['Rekap UPT', 300], appended: '<p>baru</p>' },
    observe: () => {
      const out = HtmlService.createHtmlOutput('<p>lama</p>').setTitle('Rekap UPT').setWidth(300);
      const chains = out.clear() === out;
      return {
        chains,
        content: out.getContent(),
        kept: [out.getTitle(), out.getWidth()],
        appended: out.append('<p>baru</p>').getContent(),
      };
    },
  },
  {
    name: 'HtmlService › templates see their properties; <?= ?> escapes, <?!= ?> does not, <? ?> runs code',
    source: 'https://developers.google.com/apps-script/guides/html/templates',
    basis: 'documented',
    expected: '<li>Lapas &lt;Pekanbaru&gt;</li><li>Rutan Dumai</li><hr>',
    observe: () => {
      const t = HtmlService.createTemplate('<? for (const u of units) { ?><li><?= u ?></li><? } ?><?!= raw ?>');
      t.units = ['Lapas <Pekanbaru>', 'Rutan Dumai'];
      t.raw = '<hr>';
      return t.evaluate().getContent();
    },
  },
];
