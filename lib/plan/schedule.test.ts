import { describe, expect, it } from "vitest";
import type { Progress } from "../progress/schema";
import { describeEstimate, hasEstimates, hoursLeft, sumEstimates } from "./estimates";
import { describeMinutes, hoursPerWeekOf, type Pace, sessionMinutes, withoutPace } from "./plan";
import { projectPlan, sessionStarts, weekdayOf } from "./schedule";
import { englishTranslator } from "./test-support/english";

// Dates are built in local time, as the plan works in the learner's local time: these tests hold in any time zone.
const local = (month: number, day: number, hours = 0, minutes = 0) => new Date(2026, month - 1, day, hours, minutes);
const progress = (statuses: Progress["statuses"] = {}): Progress => ({ version: 3, statuses });
const pace = (hoursPerWeek: number, days: Pace["days"] = ["TU", "TH"], time = "19:00"): Pace => ({ version: 1, hoursPerWeek, days, time });

// A small roadmap of its own: 10 h, then 5 h + one topic without an estimate.
const steps = [
  { slug: "basics", topics: [{ id: "alpha", title: "Alpha", hours: 6 }, { id: "beta", title: "Beta", hours: 4 }] },
  { slug: "practice", topics: [{ id: "gamma", title: "Gamma", hours: 5 }, { id: "delta", title: "Delta" }] },
];

const units = englishTranslator("units");

describe("estimates", () => {
  it("sums the estimated topics and counts the others apart, never as zero hours", () => {
    expect(sumEstimates(steps[1]!.topics)).toEqual({ hours: 5, unestimated: 1 });
    expect(hasEstimates(steps)).toBe(true);
    expect(hasEstimates([{ topics: [{}] }])).toBe(false);
  });

  it("counts the hours left of topics neither Done nor Skipped; Learning still counts", () => {
    expect(hoursLeft(progress(), steps)).toEqual({ hours: 15, unestimated: 1 });
    expect(hoursLeft(progress({ basics: { alpha: "done", beta: "learning" }, practice: { delta: "skipped" } }), steps)).toEqual({ hours: 9, unestimated: 0 });
  });

  it("describes an estimate, saying what it leaves out", () => {
    expect(describeEstimate({ hours: 40, unestimated: 0 }, units)).toBe("about 40 h");
    expect(describeEstimate({ hours: 2.5, unestimated: 0 }, units)).toBe("about 2.5 h");
    expect(describeEstimate({ hours: 5, unestimated: 1 }, units)).toBe("about 5 h + 1 topic without an estimate");
    expect(describeEstimate({ hours: 0, unestimated: 2 }, units)).toBeNull();
  });
});

describe("sessions", () => {
  it("shares the week's hours out over its days", () => {
    expect(sessionMinutes(pace(5))).toBe(150);
    const t = englishTranslator("plan");
    expect(describeMinutes(150, t)).toBe("2 h 30 min");
    expect(describeMinutes(45, t)).toBe("45 min");
    expect(describeMinutes(180, t)).toBe("3 h");
  });

  it("names days by their iCalendar codes", () => {
    expect(weekdayOf(local(12, 1))).toBe("TU");
    expect(weekdayOf(local(12, 6))).toBe("SU");
  });

  it("starts with the next session, today's if it has not started yet", () => {
    const from = (now: Date, count: number) => {
      const starts: Date[] = [];
      for (const start of sessionStarts(pace(5), now)) if (starts.push(start) === count) break;
      return starts;
    };
    // Tuesday 1 December 2026, before and after 19:00.
    expect(from(local(12, 1, 18, 59), 3)).toEqual([local(12, 1, 19), local(12, 3, 19), local(12, 8, 19)]);
    expect(from(local(12, 1, 19), 1)).toEqual([local(12, 1, 19)]);
    expect(from(local(12, 1, 19, 1), 2)).toEqual([local(12, 3, 19), local(12, 8, 19)]);
  });

  it("keeps the session's local time across a change of the clocks", () => {
    // In a zone whose clocks go forward on Sunday 29 March 2026 (Node reads TZ as it changes).
    const zone = process.env.TZ;
    process.env.TZ = "Europe/London";
    try {
      const starts: Date[] = [];
      for (const start of sessionStarts(pace(3, ["SU"], "09:30"), local(3, 1))) if (starts.push(start) === 6) break;
      expect(starts.map((start) => [start.getDate(), start.getHours(), start.getMinutes(), start.getDay()])).toEqual(
        [1, 8, 15, 22, 29].map((day) => [day, 9, 30, 0]).concat([[5, 9, 30, 0]]),
      );
      // 29 March is a day of 23 hours: the sessions either side of it are 7 days less an hour apart.
      expect(starts[4]!.getTime() - starts[3]!.getTime()).toBe((7 * 24 - 1) * 60 * 60 * 1000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("projectPlan", () => {
  // Tuesday 1 December 2026, 12:00: the first session is that evening.
  const now = local(12, 1, 12);

  it("finishes each step in the session whose running total passes it", () => {
    // 2 h a week on Tuesdays and Thursdays: 1 h a session. Basics (10 h) takes 10 sessions, practice 5 more.
    const projection = projectPlan(progress(), steps, pace(2), now);
    expect(projection.sessions).toBe(15);
    expect(projection.firstSession).toEqual(local(12, 1, 19));
    // Sessions 10 and 15: Thursday 31 December and Tuesday 19 January.
    expect(projection.steps).toEqual([
      { slug: "basics", finish: local(12, 31, 19) },
      { slug: "practice", finish: new Date(2027, 0, 19, 19) },
    ]);
    expect(projection.finish).toEqual(new Date(2027, 0, 19, 19));
  });

  it("moves the dates closer as topics are marked Done or Skipped", () => {
    const before = projectPlan(progress(), steps, pace(2), now).finish!;
    const afterDone = projectPlan(progress({ basics: { alpha: "done" } }), steps, pace(2), now).finish!;
    const afterSkipped = projectPlan(progress({ basics: { alpha: "done", beta: "skipped" } }), steps, pace(2), now).finish!;
    expect(afterDone < before).toBe(true);
    expect(afterSkipped < afterDone).toBe(true);
    expect(projectPlan(progress({ basics: { beta: "learning" } }), steps, pace(2), now).finish).toEqual(before);
  });

  it("dates a step left with only topics without an estimate when the work before it is done", () => {
    const projection = projectPlan(progress({ practice: { gamma: "done" } }), steps, pace(2), now);
    expect(projection.steps[1]).toEqual({ slug: "practice", finish: local(12, 31, 19) });
    expect(projection.finish).toEqual(local(12, 31, 19));
    // With nothing estimated before it either: its first session.
    const onlyUnestimated = projectPlan(progress({ basics: { alpha: "done", beta: "done" }, practice: { gamma: "done" } }), steps, pace(2), now);
    expect(onlyUnestimated.steps).toEqual([{ slug: "basics", finish: null }, { slug: "practice", finish: local(12, 1, 19) }]);
  });

  it("has nothing to plan when every topic is done or skipped", () => {
    const projection = projectPlan(progress({ basics: { alpha: "done", beta: "skipped" }, practice: { gamma: "done", delta: "skipped" } }), steps, pace(2), now);
    expect(projection).toEqual({ steps: [{ slug: "basics", finish: null }, { slug: "practice", finish: null }], firstSession: null, finish: null, sessions: 0 });
  });

  it("rounds a session's share up: the last session may be a short one", () => {
    // 5 h a week over 2 days: 150 min a session; 15 h is 6 sessions.
    expect(projectPlan(progress(), steps, pace(5), now).sessions).toBe(6);
    // 4 h over 3 days: 80 min a session; 900 min is 11.25 sessions, so 12.
    expect(projectPlan(progress(), steps, pace(4, ["MO", "WE", "FR"]), now).sessions).toBe(12);
  });
});

describe("hoursPerWeekOf", () => {
  it("reads whole hours from 1 to 60 typed as digits, and nothing else", () => {
    expect(["1", " 12 ", "60"].map(hoursPerWeekOf)).toEqual([1, 12, 60]);
    expect(["", "0", "61", "2.5", "1e1", "-1", "+5", "0x10", "five"].map(hoursPerWeekOf)).toEqual(Array(9).fill(null));
  });
});

describe("withoutPace", () => {
  it("clears the pace and keeps every other choice", () => {
    expect(withoutPace({ ...pace(5, ["MO"], "07:00"), includeReviews: false })).toEqual({ version: 1, days: ["MO"], time: "07:00", includeReviews: false });
  });
});
