// The menu: a custom "Rekap UPT" menu when bound, the add-on menu when built with REKAP_TARGET=addon.
import { installEmulator, removeEmulator } from '../../../emulator';

afterEach(() => {
  removeEmulator();
  delete process.env.REKAP_TARGET;
});

function addMenuBuiltFor(target: string | undefined): void {
  if (target) process.env.REKAP_TARGET = target;
  jest.isolateModules(() => {
    (require('../../../src/server/ui/menu') as typeof import('../../../src/server/ui/menu')).addMenu();
  });
}

describe('menu', () => {
  it('is a custom menu "Rekap UPT" in a bound script, usable in AuthMode.NONE', () => {
    const emulator = installEmulator();
    emulator.runtime.authMode = 'NONE';
    addMenuBuiltFor(undefined);
    const menu = emulator.sheets.ui.menu('Rekap UPT');
    expect(menu?.addon).toBe(false);
    expect(menu?.items.map(([label]) => label)).toEqual([
      'Buka panel',
      'Siapkan / perbarui tab UPT',
      'Validasi semua UPT',
      'Rekap sekarang',
      'Buat laporan',
      'Status pengiriman',
      'Salin ringkasan',
      'Otomatisasi: aktif/nonaktif',
      'Tutup periode',
      'Bantuan',
    ]);
  });

  it('is the add-on menu when built as an editor add-on', () => {
    const emulator = installEmulator({ addOn: true });
    emulator.runtime.authMode = 'NONE';
    addMenuBuiltFor('addon');
    expect(emulator.sheets.ui.menus).toHaveLength(1);
    expect(emulator.sheets.ui.menus[0]?.addon).toBe(true);
  });
});
