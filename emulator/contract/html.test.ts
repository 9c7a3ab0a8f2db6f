// Contract: HtmlService (R html/html-service, R html/html-output, G html/templates).

import type { EmuHtmlOutput, EmuHtmlTemplate } from '../html';
import { createEmulator } from '../index';

function html() {
  const emulator = createEmulator();
  const app = emulator.globals.HtmlService as {
    createHtmlOutput(h?: string): EmuHtmlOutput;
    createHtmlOutputFromFile(n: string): EmuHtmlOutput;
    createTemplateFromFile(n: string): EmuHtmlTemplate;
    XFrameOptionsMode: Record<string, string>;
  };
  return { emulator, app };
}

describe('HtmlService', () => {
  it('createHtmlOutput: title, size, append, appendUntrusted escapes', () => {
    const { app } = html();
    const out = app.createHtmlOutput('<p>a</p>').setTitle('Rekap UPT').setWidth(300).setHeight(200);
    out.append('<p>b</p>').appendUntrusted('<script>x</script>');
    expect(out.getTitle()).toBe('Rekap UPT');
    expect([out.getWidth(), out.getHeight()]).toEqual([300, 200]);
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;');
    expect(out.setXFrameOptionsMode(app.XFrameOptionsMode.ALLOWALL)).toBe(out);
  });

  // R html/html-output#clear(); gas-fakes' live test (test/testhtmlservice.js) reads '' after it.
  it('clear empties the content and chains; title and size stay', () => {
    const { app } = html();
    const out = app.createHtmlOutput('<p>lama</p>').setTitle('Rekap UPT').setWidth(300);
    expect(out.clear()).toBe(out);
    expect(out.getContent()).toBe('');
    expect([out.getTitle(), out.getWidth()]).toEqual(['Rekap UPT', 300]);
    expect(out.append('<p>baru</p>').getContent()).toBe('<p>baru</p>');
  });

  it('createHtmlOutputFromFile reads project files with or without .html; a missing one throws', () => {
    const { app, emulator } = html();
    emulator.html.files.set('Sidebar', '<div>panel</div>');
    expect(app.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div>panel</div>');
    expect(app.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div>panel</div>');
    expect(() => app.createHtmlOutputFromFile('Tidak')).toThrow('No HTML file named Tidak was found.');
  });

  // R html/html-service#createTemplateFromFile: evaluate() sees properties set on the template.
  it('templates see their properties; <?= ?> escapes, <?!= ?> does not, <? ?> runs code', () => {
    const { app, emulator } = html();
    emulator.html.files.set('T', '<? for (const u of units) { ?><li><?= u ?></li><? } ?><?!= raw ?>');
    const t = app.createTemplateFromFile('T');
    t.units = ['Lapas <Pekanbaru>', 'Rutan Dumai'];
    t.raw = '<hr>';
    expect(t.evaluate().getContent()).toBe('<li>Lapas &lt;Pekanbaru&gt;</li><li>Rutan Dumai</li><hr>');
  });
});
