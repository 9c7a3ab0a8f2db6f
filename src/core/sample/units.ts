// The 18 Riau correctional units of the sample workbook (DATA CONTOH), with example operator e-mails.
import type { UnitConfig, UnitType } from '../types';

function sampleUnit(code: string, name: string, type: UnitType, unitClass: string): UnitConfig {
  const mailbox = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  // contoh.go.id is an example domain: the sample must never e-mail a real office.
  return { code, name, type, unitClass, operators: [`operator.${mailbox}@contoh.go.id`], sheetName: code };
}

/** The units named in public sources (domain.md), in the order the Kanwil lists them. */
export const SAMPLE_UNITS: readonly UnitConfig[] = [
  sampleUnit('LP-PKU', 'Lapas Kelas IIA Pekanbaru', 'Lapas', 'IIA'),
  sampleUnit('LPP-PKU', 'Lapas Perempuan Kelas IIA Pekanbaru', 'Lapas', 'IIA'),
  sampleUnit('LPN-RUMBAI', 'Lapas Narkotika Kelas IIB Rumbai', 'Lapas', 'IIB'),
  sampleUnit('LP-BKN', 'Lapas Kelas IIA Bangkinang', 'Lapas', 'IIA'),
  sampleUnit('LP-BKS', 'Lapas Kelas IIA Bengkalis', 'Lapas', 'IIA'),
  sampleUnit('LP-TBH', 'Lapas Kelas IIA Tembilahan', 'Lapas', 'IIA'),
  sampleUnit('LP-BGS', 'Lapas Kelas IIA Bagansiapiapi', 'Lapas', 'IIA'),
  sampleUnit('LP-TLK', 'Lapas Kelas IIB Teluk Kuantan', 'Lapas', 'IIB'),
  sampleUnit('LP-PSP', 'Lapas Kelas IIB Pasirpangaraian', 'Lapas', 'IIB'),
  sampleUnit('LP-SLP', 'Lapas Kelas IIB Selatpanjang', 'Lapas', 'IIB'),
  sampleUnit('RUTAN-PKU', 'Rutan Kelas I Pekanbaru', 'Rutan', 'I'),
  sampleUnit('RUTAN-DUMAI', 'Rutan Kelas IIB Dumai', 'Rutan', 'IIB'),
  sampleUnit('RUTAN-SIAK', 'Rutan Kelas IIB Siak Sri Indrapura', 'Rutan', 'IIB'),
  sampleUnit('RUTAN-RGT', 'Rutan Kelas IIB Rengat', 'Rutan', 'IIB'),
  sampleUnit('LPKA-PKU', 'LPKA Kelas II Pekanbaru', 'LPKA', 'II'),
  sampleUnit('BAPAS-PKU', 'Bapas Kelas II Pekanbaru', 'Bapas', 'II'),
  sampleUnit('RUPBASAN-BKS', 'Rupbasan Kelas IIB Bengkalis', 'Rupbasan', 'IIB'),
  sampleUnit('RUPBASAN-RGT', 'Rupbasan Rengat', 'Rupbasan', 'IIB'),
];
