/** Formats an ISO date for people, in UTC so the day never shifts with the server's time zone. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}

/** A date in the reader's own locale, for what happens in their time: "March 9, 2027", "9 March 2027". */
export function formatLocalDate(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(date);
}

/** "1 topic", "3 topics". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const hoursFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

/** An estimate in hours as the pages show it: "about 20 h", "about 2.5 h". */
export function formatHours(hours: number): string {
  return `about ${hoursFormat.format(hours)} h`;
}
