// The coloured badge showing a unit's submission status (Belum diisi / Draf / Dikirim / Dikembalikan).
import type { Status } from '../shared/rpc';
import { el } from './dom';

const STATUS_CLASS: Readonly<Record<Status, string>> = {
  'Belum diisi': 'badge-empty',
  Draf: 'badge-draft',
  Dikirim: 'badge-sent',
  Dikembalikan: 'badge-returned',
};

export function statusBadge(status: Status): HTMLElement {
  return el('span', { className: `badge ${STATUS_CLASS[status]}` }, status);
}
