// The national consolidation, one level above the regional one (nasional → Kanwil → UPT): each readable Kanwil's
// published units consolidated by the core's regional consolidation, and the nation as one more consolidation of
// every readable Kanwil's units together; a Kanwil that cannot be read is named with its reason and counts nowhere.
import { type Consolidation, consolidateRegion } from '../consolidation/consolidate';
import type { Config, UnitReport } from '../schema/types';
import { indicatorTotals } from './indicators';
import type { KanwilSource } from './national-config';
import { type PublicationRead, type UnreadableReason, unreadableText } from './read-published';

/** What reading one listed Kanwil workbook gave. */
export interface KanwilRead {
  readonly source: KanwilSource;
  readonly publication: PublicationRead;
}

export interface KanwilConsolidation {
  readonly source: KanwilSource;
  readonly consolidation: Consolidation;
  /** Each summed programme indicator (indicators.ts) over the units the Kanwil's figures count. */
  readonly indicators: ReadonlyMap<string, number>;
}

export interface UnreadableKanwil {
  readonly source: KanwilSource;
  readonly reason: UnreadableReason;
  /** The reason in Bahasa Indonesia. */
  readonly message: string;
}

export interface NationalConsolidation {
  readonly period: string;
  /** Readable Kanwil, in the order Pengaturan Nasional lists them. */
  readonly kanwil: readonly KanwilConsolidation[];
  /** Listed Kanwil left out of every total, in list order. */
  readonly unreadable: readonly UnreadableKanwil[];
  /** Every readable Kanwil's units as one consolidation: the national totals. Unit codes are "Kanwil · code". */
  readonly national: Consolidation;
  /** What `national` was built from: every readable Kanwil's unit reports, under their nationwide codes. */
  readonly reports: readonly UnitReport[];
  /** The configuration `national` was consolidated with (office NATIONAL_OFFICE, every readable unit). */
  readonly config: Config;
  readonly indicators: ReadonlyMap<string, number>;
}

export const NATIONAL_OFFICE = 'Ditjenpas (nasional)';

function configOf(period: string, office: string, reports: readonly UnitReport[]): Config {
  return {
    period,
    office,
    units: reports.map((r) => r.unit),
    admins: [],
    reportFolderId: '',
    reportRecipients: [],
    automationHours: 0,
    deadlineDay: null,
    remindersOn: false,
    reminderDaysBefore: 0,
    signatory: null,
    // As each Kanwil's default: a figure counts a unit that sent its tab, error-free.
    basis: 'terkirim',
  };
}

/** The same report under a code unique in the nation ("Kanwil Ditjenpas Riau · LPPKU"). */
function nationwide(kanwil: string, report: UnitReport): UnitReport {
  const code = `${kanwil} · ${report.unit.code}`;
  const unit = { ...report.unit, code, sheetName: code };
  return { ...report, unit, sheetName: code };
}

export function consolidateNation(period: string, reads: readonly KanwilRead[]): NationalConsolidation {
  const kanwil: KanwilConsolidation[] = [];
  const unreadable: UnreadableKanwil[] = [];
  const all: UnitReport[] = [];
  for (const { source, publication } of reads) {
    if (!publication.ok) {
      unreadable.push({ source, reason: publication.reason, message: unreadableText(publication.reason) });
      continue;
    }
    const reports = publication.units.map((u) => u.report);
    const consolidation = consolidateRegion(configOf(period, source.name, reports), reports);
    kanwil.push({ source, consolidation, indicators: indicatorTotals(consolidation, reports) });
    all.push(...reports.map((r) => nationwide(source.name, r)));
  }
  const config = configOf(period, NATIONAL_OFFICE, all);
  const national = consolidateRegion(config, all);
  return { period, kanwil, unreadable, national, reports: all, config, indicators: indicatorTotals(national, all) };
}
