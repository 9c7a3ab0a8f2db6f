// The signature block closing the report (place, date, position, name, NIP) and the check that it is complete.

import type { Signatory } from '../schema/types';
import { formatDateId } from '../text/format';
import type { SignatureBlock } from './report-model';

/** NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, often typed with spaces. */
const NIP = /^\d{18}$/;

const NO_SIGNATORY: Signatory = { place: '', title: '', name: '', nip: '' };

/** What is missing or wrong in the configured signatory (none at all: every field), in Bahasa Indonesia; null when it can be printed. */
export function signatoryProblem(configured: Signatory | null): string | null {
  const signatory = configured ?? NO_SIGNATORY;
  const missing = [
    signatory.place.trim() === '' ? 'tempat' : null,
    signatory.title.trim() === '' ? 'jabatan' : null,
    signatory.name.trim() === '' ? 'nama' : null,
    signatory.nip.trim() === '' ? 'NIP' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    return `Data penanda tangan di sheet "Pengaturan" belum lengkap: ${missing.join(', ')} belum diisi. Lengkapi baris Tempat, Jabatan penandatangan, Nama penandatangan dan NIP, lalu buat laporan lagi.`;
  }
  if (!NIP.test(signatory.nip.replace(/\s/g, ''))) {
    return `NIP penanda tangan di sheet "Pengaturan" harus 18 digit angka (tertulis: ${signatory.nip}).`;
  }
  return null;
}

/** NIP as printed on official letters: birth date, appointment month, sex, number ("19700101 199003 1 001"). */
function nipText(nip: string): string {
  const d = nip.replace(/\s/g, '');
  return NIP.test(d) ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : nip.trim();
}

export function signatureBlock(signatory: Signatory, now: Date): SignatureBlock {
  return {
    placeAndDate: `${signatory.place.trim()}, ${formatDateId(now)}`,
    title: `${signatory.title.trim()},`,
    name: signatory.name.trim(),
    nip: `NIP ${nipText(signatory.nip)}`,
  };
}
