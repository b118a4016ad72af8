/**
 * Calendar arithmetic in a guild's IANA time zone, with Intl only.
 * A local date is a 'YYYY-MM-DD' string; a week starts on Monday 00:00 local time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    year,
    month,
    day,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The local calendar date of an instant, e.g. '2026-11-25'. */
export function localDate(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).date;
}

/** Adds whole days to a local date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both local dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The local date of an instant and of the Monday that starts its week, from one calendar look-up. */
export function localDay(instant: Date, timeZone: string): { date: string; week: string } {
  const parts = localParts(instant, timeZone);
  return { date: parts.date, week: addDays(parts.date, -parts.weekday) };
}

/** The local date of the Monday that starts the week containing `instant`. */
export function weekStart(instant: Date, timeZone: string): string {
  return localDay(instant, timeZone).week;
}

/**
 * The instant at which the given local wall-clock time occurs in `timeZone`.
 * A time skipped by a DST jump resolves to the same offset before the jump (so 02:30
 * on a spring-forward day becomes 03:30); a repeated time resolves to its first occurrence.
 */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const p = localParts(new Date(instant), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - instant;
  };
  // Try the offsets in force a day either side; pick the earliest candidate that reads back as the wall time.
  const candidates = [offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)].map((offset) => wall - offset);
  const exact = candidates.filter((instant) => {
    const p = localParts(new Date(instant), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wall;
  });
  if (exact.length > 0) return new Date(Math.min(...exact));
  return new Date(wall - offsetAt(wall - 86_400_000));
}

/** "Due today" means due before the next local midnight in the guild's time zone. */
export function endOfLocalDay(now: Date, timezone: string): Date {
  return zonedTime(addDays(localDate(now, timezone), 1), '00:00', timezone);
}
