/** "2026-11" for a date (local time). */
export function monthOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Default period: January of this year up to this month. */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01`, to: monthOf(now) };
}

export function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** The months a period can start or end in: January three years back up to this month, newest first. */
export function monthChoices(now: Date = new Date()): string[] {
  const out: string[] = [];
  for (let d = new Date(now.getFullYear(), now.getMonth(), 1); d.getFullYear() >= now.getFullYear() - 3; d.setMonth(d.getMonth() - 1)) {
    out.push(monthOf(d));
  }
  return out;
}
