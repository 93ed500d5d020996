// Writes iCalendar (RFC 5545): a weekly recurring event with a reminder, and all-day events. Times
// are floating (local, no time zone), as the plan is: a session at 19:00 is at 19:00 wherever the
// learner's calendar is. Lines end in CRLF and are folded at 75 octets, never inside a character.
import type { Weekday } from "./pace";

export interface RecurringEvent {
  /** Stable across downloads, so that importing the file again updates the event instead of adding one. */
  uid: string;
  start: Date;
  minutes: number;
  days: readonly Weekday[];
  /** The last day it recurs on (inclusive). */
  until: Date;
  summary: string;
  description: string;
  url: string;
  /** A reminder this many minutes before each occurrence. */
  reminderMinutes: number;
}

export interface AllDayEvent {
  uid: string;
  date: Date;
  summary: string;
  description: string;
  url: string;
}

export interface Calendar {
  /** The calendar's name where apps show one (X-WR-CALNAME), and its product id. */
  name: string;
  /** The language of its texts, a BCP 47 tag ("en", "pt-BR"): the product id ends with it. */
  language: string;
  /** When the file is made: every event's DTSTAMP, and the SEQUENCE that makes a newer file win. */
  now: Date;
  recurring: RecurringEvent[];
  allDay: AllDayEvent[];
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** A floating date: 20270309. */
function icalDate(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** A floating date-time: 20270309T190000. */
function icalLocalDateTime(date: Date): string {
  return `${icalDate(date)}T${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/** A UTC date-time, for DTSTAMP: 20261201T201500Z. */
function icalUtcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** A duration in minutes: PT2H30M. */
function icalDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ""}${rest || !hours ? `${rest}M` : ""}`;
}

/** A TEXT value: backslashes, semicolons, commas and line breaks escaped. */
function icalText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets, continued by a space, never inside a character. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line takes 75 octets; each continuation begins with a space, leaving 74.
    if (octets + size > 75) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

function stamped(uid: string, now: Date): string[] {
  // A newer file's events carry a higher SEQUENCE: calendar apps then take them as updates. Seconds,
  // so that two files made within one minute differ too; they fit iCalendar's 32-bit integers until 2038.
  return [`UID:${uid}`, `DTSTAMP:${icalUtcDateTime(now)}`, `SEQUENCE:${Math.floor(now.getTime() / 1000)}`];
}

function recurringEvent(event: RecurringEvent, now: Date): string[] {
  const until = new Date(event.until.getFullYear(), event.until.getMonth(), event.until.getDate(), 23, 59, 59);
  return [
    "BEGIN:VEVENT",
    ...stamped(event.uid, now),
    `DTSTART:${icalLocalDateTime(event.start)}`,
    `DURATION:${icalDuration(event.minutes)}`,
    `RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=${event.days.join(",")};UNTIL=${icalLocalDateTime(until)}`,
    `SUMMARY:${icalText(event.summary)}`,
    `DESCRIPTION:${icalText(event.description)}`,
    `URL:${event.url}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${icalText(event.summary)}`,
    `TRIGGER:-${icalDuration(event.reminderMinutes)}`,
    "END:VALARM",
    "END:VEVENT",
  ];
}

function allDayEvent(event: AllDayEvent, now: Date): string[] {
  const nextDay = new Date(event.date.getFullYear(), event.date.getMonth(), event.date.getDate() + 1);
  return [
    "BEGIN:VEVENT",
    ...stamped(event.uid, now),
    `DTSTART;VALUE=DATE:${icalDate(event.date)}`,
    `DTEND;VALUE=DATE:${icalDate(nextDay)}`,
    `SUMMARY:${icalText(event.summary)}`,
    `DESCRIPTION:${icalText(event.description)}`,
    `URL:${event.url}`,
    // A milestone, not a meeting: it does not make the learner look busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** The calendar as an .ics file's text. */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${icalText(calendar.name)}//${new Intl.Locale(calendar.language).language.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icalText(calendar.name)}`,
    ...calendar.recurring.flatMap((event) => recurringEvent(event, calendar.now)),
    ...calendar.allDay.flatMap((event) => allDayEvent(event, calendar.now)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
