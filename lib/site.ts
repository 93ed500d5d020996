/** Site-wide constants: the one place to rename the site. */
export const SITE_NAME = "AI & ML Career Roadmap";
export const SITE_TAGLINE = "Five steps from the basics to a specialisation, one page per step.";

/** Formats an ISO date for people, in UTC so the day never shifts with the server's time zone. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}

export function stepPath(slug: string): string {
  return `/steps/${slug}`;
}

export function topicPath(slug: string, topicId: string): string {
  return `${stepPath(slug)}#${topicId}`;
}
