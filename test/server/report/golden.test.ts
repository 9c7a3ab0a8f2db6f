// Golden comparison: the text of the sample report's Doc, as rendered on the emulator, against the committed file.
// After an intended change of wording, regenerate with: UPDATE_GOLDEN=1 npx jest test/server/report/golden.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installEmulator } from '../../../emulator';
import { sampleInput } from '../../../fixtures/sample/report-input';
import { buildReportModel } from '../../../src/core/report/build-report-model';
import { renderedDoc } from './document-parts';

const GOLDEN = join(__dirname, 'golden', 'laporan-2026-02.txt');

test('the sample report reads exactly as the golden text', () => {
  const doc = renderedDoc(installEmulator(), buildReportModel(sampleInput()));
  const text = `${doc.body.getText()}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
  const golden = readFileSync(GOLDEN, 'utf8');
  // Line by line, so a difference points at the line that changed.
  const actualLines = text.split('\n');
  golden.split('\n').forEach((line, i) => {
    expect(`${i + 1}: ${actualLines[i] ?? '(no line)'}`).toBe(`${i + 1}: ${line}`);
  });
  expect(actualLines).toHaveLength(golden.split('\n').length);
});
