// Reads an .ics file the way calendar apps do, with Mozilla's iCalendar parser (ical.js), for the
// unit and end-to-end tests: they check what a parser finds, not the text's shape alone.
import ICAL from "ical.js";

const encoder = new TextEncoder();

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  url: string | null;
  allDay: boolean;
  start: Date;
  durationMinutes: number;
  rule: { freq: string; byDay: string[]; until: Date | null } | null;
  /** Every occurrence, the recurrence expanded (ical.js's iterator). */
  occurrences: Date[];
  alarms: { action: string; triggerMinutes: number }[];
}

/** Problems with the file's lines: RFC 5545 wants CRLF endings and lines of at most 75 octets. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("the file does not end with CRLF");
  text.split("\r\n").forEach((line, index) => {
    if (line.includes("\n") || line.includes("\r")) problems.push(`line ${index + 1} has a bare line break`);
    if (encoder.encode(line).length > 75) problems.push(`line ${index + 1} is longer than 75 octets`);
  });
  return problems;
}

export function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component): ReadEvent => {
    const event = new ICAL.Event(component);
    const recur = component.getFirstPropertyValue("rrule") as ICAL.Recur | null;
    const occurrences: Date[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && occurrences.length < 10_000; next = iterator.next()) occurrences.push(next.toJSDate());
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: (component.getFirstPropertyValue("url") as string | null) ?? null,
      allDay: event.startDate.isDate,
      start: event.startDate.toJSDate(),
      durationMinutes: event.duration.toSeconds() / 60,
      rule: recur && { freq: recur.freq, byDay: (recur.parts.BYDAY as string[] | undefined) ?? [], until: recur.until?.toJSDate() ?? null },
      occurrences,
      alarms: component.getAllSubcomponents("valarm").map((alarm) => ({
        action: String(alarm.getFirstPropertyValue("action")),
        triggerMinutes: (alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds() / 60,
      })),
    };
  });
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname") as string | null,
    version: calendar.getFirstPropertyValue("version") as string | null,
    events,
  };
}
