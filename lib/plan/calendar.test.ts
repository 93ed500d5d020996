import { describe, expect, it } from "vitest";
import type { Progress } from "../progress/schema";
import { studyPlanCalendar, type CalendarStep } from "./calendar";
import { foldLine, writeCalendar } from "./ical";
import type { Pace } from "./plan";
import { englishTranslator } from "./test-support/english";
import { lineProblems, readCalendar } from "./test-support/read-calendar";

const local = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(year, month - 1, day, hours, minutes);

// A small roadmap of its own: 10 h, then 5 h.
const steps: CalendarStep[] = [
  { slug: "basics", number: 1, title: "Learn the Basics, Step by Step", topics: [{ id: "alpha", title: "Alpha", hours: 6 }, { id: "beta", title: "Beta", hours: 4 }] },
  { slug: "practice", number: 2, title: "Practise; then “ship” it", topics: [{ id: "gamma", title: "Gamma", hours: 5 }] },
];
const pace: Pace = { version: 1, hoursPerWeek: 2, days: ["TU", "TH"], time: "19:00" };
const progress = (statuses: Progress["statuses"] = {}): Progress => ({ version: 3, statuses });
// Tuesday 1 December 2026, noon.
const now = local(2026, 12, 1, 12);
const t = englishTranslator("calendar");

function make(overrides: Partial<Parameters<typeof studyPlanCalendar>[0]> = {}) {
  const calendar = studyPlanCalendar({ siteName: "Some Roadmap", namespace: "some-roadmap", origin: "https://roadmap.example", pace, progress: progress(), steps, reviews: [], now, ...overrides }, t);
  if (!calendar) throw new Error("expected a calendar");
  return calendar;
}

describe("studyPlanCalendar, read back by ical.js", () => {
  it("has CRLF line endings and no line over 75 octets", () => {
    expect(lineProblems(make().text)).toEqual([]);
  });

  it("repeats a study session on the chosen days, as long as the pace needs, until the projected finish, with a reminder", () => {
    const { events, name, version } = readCalendar(make().text);
    expect(version).toBe("2.0");
    expect(name).toBe("Some Roadmap: study plan");
    expect(make().text).toContain("\r\nPRODID:-//Some Roadmap: study plan//EN\r\n");
    const sessions = events.find((event) => event.rule)!;
    expect(sessions).toMatchObject({
      uid: "some-roadmap-study-sessions@roadmap.example",
      summary: "Study: Some Roadmap",
      url: "https://roadmap.example/",
      allDay: false,
      start: local(2026, 12, 1, 19),
      durationMinutes: 60,
      rule: { freq: "WEEKLY", byDay: ["TU", "TH"] },
      alarms: [{ action: "DISPLAY", triggerMinutes: -15 }],
    });
    // 15 h at 1 h a session: 15 sessions, the last on Tuesday 19 January 2027, when the recurrence ends.
    expect(sessions.occurrences).toHaveLength(15);
    expect(sessions.occurrences.at(-1)).toEqual(local(2027, 1, 19, 19));
    expect(sessions.occurrences.every((start) => [2, 4].includes(start.getDay()) && start.getHours() === 19)).toBe(true);
    expect(sessions.rule!.until!.getTime()).toBeLessThan(local(2027, 1, 20).getTime());
  });

  it("has one all-day event per step not yet finished, on its planned day, with its title and URL", () => {
    const milestones = readCalendar(make().text).events.filter((event) => !event.rule);
    expect(milestones.map(({ uid, summary, url, allDay, start, occurrences }) => ({ uid, summary, url, allDay, start, occurrences: occurrences.length }))).toEqual([
      { uid: "some-roadmap-step-basics@roadmap.example", summary: "Finish Step 1: Learn the Basics, Step by Step", url: "https://roadmap.example/steps/basics", allDay: true, start: local(2026, 12, 31), occurrences: 1 },
      { uid: "some-roadmap-step-practice@roadmap.example", summary: "Finish Step 2: Practise; then “ship” it", url: "https://roadmap.example/steps/practice", allDay: true, start: local(2027, 1, 19), occurrences: 1 },
    ]);
    expect(milestones[0]!.description).toBe("Planned at 2 hours a week. Topics left: Alpha, Beta.\nhttps://roadmap.example/steps/basics");
  });

  it("leaves out finished steps, and follows the statuses", () => {
    const calendar = make({ progress: progress({ basics: { alpha: "done", beta: "skipped" } }) });
    const { events } = readCalendar(calendar.text);
    expect(events.filter((event) => !event.rule).map((event) => event.uid)).toEqual(["some-roadmap-step-practice@roadmap.example"]);
    expect(events.find((event) => event.rule)!.occurrences).toHaveLength(5);
    expect(calendar.milestones).toBe(1);
  });

  it("keeps its UIDs from one download to the next, so a calendar updates its events instead of adding more", () => {
    const first = readCalendar(make().text).events.map((event) => event.uid);
    const later = readCalendar(make({ now: local(2027, 1, 5, 8), pace: { ...pace, hoursPerWeek: 5, days: ["MO", "WE", "FR"] } }).text).events.map((event) => event.uid);
    expect(later).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("marks a newer file's events as newer (SEQUENCE) so apps take them as updates", () => {
    const sequence = (text: string) => Number(/^SEQUENCE:(\d+)$/m.exec(text)![1]);
    expect(sequence(make({ now: local(2026, 12, 2) }).text)).toBeGreaterThan(sequence(make().text));
    const made = local(2026, 12, 2);
    expect(sequence(make({ now: new Date(made.getTime() + 1000) }).text)).toBeGreaterThan(sequence(make({ now: made }).text));
  });

  it("can hold the reviews that fall due by the finish, one already due planned for today, with stable UIDs", () => {
    const reviews = [
      { slug: "basics", topicId: "alpha", title: "Alpha", due: local(2026, 11, 20) },
      { slug: "basics", topicId: "beta", title: "Beta", due: local(2027, 1, 10, 19) },
      { slug: "practice", topicId: "gamma", title: "Gamma", due: local(2027, 3, 1) },
    ];
    const calendar = make({ reviews });
    expect(calendar.reviews).toBe(2);
    const planned = readCalendar(calendar.text).events.filter((event) => event.summary.startsWith("Review: "));
    expect(planned.map(({ uid, summary, url, allDay, start }) => ({ uid, summary, url, allDay, start }))).toEqual([
      { uid: "some-roadmap-review-basics-alpha@roadmap.example", summary: "Review: Alpha", url: "https://roadmap.example/review", allDay: true, start: local(2026, 12, 1) },
      { uid: "some-roadmap-review-basics-beta@roadmap.example", summary: "Review: Beta", url: "https://roadmap.example/review", allDay: true, start: local(2027, 1, 10) },
    ]);
  });

  it("is null when nothing estimated is left", () => {
    expect(studyPlanCalendar({ siteName: "S", namespace: "s", origin: "https://s.example", pace, progress: progress({ basics: { alpha: "done", beta: "done" }, practice: { gamma: "skipped" } }), steps, reviews: [], now }, t)).toBeNull();
  });
});

describe("writeCalendar", () => {
  it("escapes text so that any title reads back exactly", () => {
    const summary = "Commas, semicolons; back\\slashes and\nnew lines — all kept";
    const text = writeCalendar({ name: "N", language: "en", now, recurring: [], allDay: [{ uid: "u@x", date: now, summary, description: summary, url: "https://x.example/a?b=c,d" }] });
    const [event] = readCalendar(text).events;
    expect(event).toMatchObject({ summary, description: summary, url: "https://x.example/a?b=c,d" });
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"é".repeat(60)}${"€".repeat(30)}`;
    const folded = foldLine(line);
    expect(lineProblems(`${folded}\r\n`)).toEqual([]);
    expect(folded.split("\r\n").map((part, index) => (index ? part.slice(1) : part)).join("")).toBe(line);
    expect(folded.split("\r\n").slice(1).every((part) => part.startsWith(" "))).toBe(true);
  });
});
