/** Formats an ISO date for people, in UTC so the day never shifts with the server's time zone. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}

/** A date in the reader's own locale, for what happens in their time: "March 9, 2027", "9 March 2027". */
export function formatLocalDate(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(date);
}

const pluralRules = new Intl.PluralRules("en");

/** "1 topic", "3 topics", "1.5 hours": the one helper every count in the interface goes through, by English plural rules. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${pluralRules.select(count) === "one" ? singular : plural}`;
}

const hoursFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

/** An estimate in hours as the pages show it: "about 20 h", "about 2.5 h". */
export function formatHours(hours: number): string {
  return `about ${hoursFormat.format(hours)} h`;
}
