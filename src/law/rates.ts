import type { ClientKind, RateRow } from './data';

/**
 * What the site may say about a rate on `today` (YYYY-MM-DD): the row for the current period; or, once
 * the last known period is over, that last row as history, never as the current rate; or nothing.
 */
export type RateStatus = { kind: 'current'; row: RateRow } | { kind: 'stale'; last: RateRow } | { kind: 'none' };

export function ratesFor(rows: readonly RateRow[], client: ClientKind): RateRow[] {
  return rows.filter((row) => row.client === client).sort((a, b) => b.from.localeCompare(a.from));
}

export function rateStatus(rows: readonly RateRow[], client: ClientKind, today: string): RateStatus {
  const own = ratesFor(rows, client);
  const current = own.find((row) => row.from <= today && today <= row.to);
  if (current) return { kind: 'current', row: current };
  const last = own.find((row) => row.to < today);
  return last ? { kind: 'stale', last } : { kind: 'none' };
}

/** A rate as the law writes it in `lang`: "14,5 %" in French, "14.5%" in English, with no more decimals than it has. */
export function formatRate(ratePercent: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 4 }).format(ratePercent / 100);
}

/** A day (YYYY-MM-DD) as the language writes it in full: "1 juli 2026", "2026. július 1.". */
export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
