import type { NoticeKind } from './letter-params';

/**
 * The last working day for a notice given on `today` (a date at local midnight): two weeks, 30 days or
 * two months later (the upper end of "one to two months"), or the chosen date; a Saturday or Sunday moves
 * back to the Friday before. Undefined for "immediately" and "at a milestone", which name no date.
 */
export function lastWorkingDay(today: Date, notice: NoticeKind, chosen?: Date): Date | undefined {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  switch (notice) {
    case 'immediately':
    case 'milestone':
      return undefined;
    case '2-weeks':
      day.setDate(day.getDate() + 14);
      break;
    case '30-days':
      day.setDate(day.getDate() + 30);
      break;
    case '1-2-months':
      day.setMonth(day.getMonth() + 2);
      break;
    case 'date':
      if (!chosen || Number.isNaN(chosen.getTime())) return undefined;
      return new Date(chosen.getFullYear(), chosen.getMonth(), chosen.getDate());
  }
  const weekday = day.getDay();
  if (weekday === 6) day.setDate(day.getDate() - 1);
  if (weekday === 0) day.setDate(day.getDate() - 2);
  return day;
}
