// Dates of the plan and of reviews, as the learner reads them: they fall in the learner's own time
// zone, and are written in the site's language, in the learner's regional form of it when their
// browser prefers one ("9 March 2027" for en-GB on an English site, "March 9, 2027" for en-US).

const formats = new Map<string, Intl.DateTimeFormat>();

/** A tag's language subtag, or undefined for what is not a language tag at all. */
function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    // Browsers can report the system's POSIX locale as it is: WebKitGTK says "C".
    return undefined;
  }
}

/** The first of the browser's preferred locales in the site's language, or the site's own locale. */
function dateLocale(siteLocale: string): string {
  // The site's locale is a tag content validation already checked; only the browser's may be anything.
  const language = new Intl.Locale(siteLocale).language;
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages;
  return preferred.find((tag) => languageOf(tag) === language) ?? siteLocale;
}

/** A day in the learner's time, written for them: "9 March 2027". */
export function formatLearnerDate(date: Date, siteLocale: string): string {
  const locale = dateLocale(siteLocale);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: "long" })));
  return format.format(date);
}
