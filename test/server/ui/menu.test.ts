// The menu: the add-on menu under Extensions by default; in the bound build (REKAP_TARGET=bound) a custom "Rekap UPT"
// menu that opens with the trial warning. Both are built in AuthMode.NONE.
import { installEmulator, removeEmulator } from '../../../emulator';

afterEach(() => {
  removeEmulator();
  delete process.env.REKAP_TARGET;
});

function addMenuBuiltFor(target: 'addon' | 'bound'): void {
  process.env.REKAP_TARGET = target;
  jest.isolateModules(() => {
    (require('../../../src/server/ui/menu') as typeof import('../../../src/server/ui/menu')).addMenu();
  });
}

const LABELS = [
  'Buka panel',
  'Siapkan / perbarui tab UPT',
  'Validasi semua UPT',
  'Rekap sekarang',
  'Buat laporan',
  'Buat templat laporan',
  'Status pengiriman',
  'Salin ringkasan',
  'Otomatisasi: aktif/nonaktif',
  'Tutup periode',
  'Terbitkan',
  'Bantuan',
];

describe('menu', () => {
  it('is the add-on menu under Extensions when built as the editor add-on', () => {
    const emulator = installEmulator({ addOn: true });
    emulator.runtime.authMode = 'NONE';
    addMenuBuiltFor('addon');
    expect(emulator.sheets.ui.menus).toHaveLength(1);
    expect(emulator.sheets.ui.menus[0]).toMatchObject({ title: 'Rekap UPT', addon: true, underExtensions: true });
    expect(emulator.sheets.ui.menus[0]?.items.map(([label]) => label)).toEqual(LABELS);
  });

  it('is a custom menu "Rekap UPT" in the bound build, its warning first', () => {
    const emulator = installEmulator();
    emulator.runtime.authMode = 'NONE';
    addMenuBuiltFor('bound');
    const menu = emulator.sheets.ui.menu('Rekap UPT');
    expect(menu).toMatchObject({ addon: false, underExtensions: false });
    expect(menu?.items.map(([label]) => label)).toEqual(['⚠ Versi uji coba: baca peringatan', ...LABELS]);
  });
});
