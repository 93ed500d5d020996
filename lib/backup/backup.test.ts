import { describe, expect, it } from "vitest";
import { isForeignBackup, makeBackupFile } from "./backup";
import { parseBackupJson } from "./parse";

const steps = [{ slug: "basics", topics: [{ id: "alpha", title: "Alpha" }, { id: "beta", title: "Beta" }] }];
const progress = { version: 3 as const, statuses: { basics: { alpha: "done" as const } } };
const notes = { version: 1 as const, notes: { basics: { beta: "my note" } } };
const plan = { version: 1 as const, hoursPerWeek: 5, days: ["TU" as const, "TH" as const], time: "19:00" };
const review = { version: 1 as const, topics: { basics: { alpha: { enteredAt: "2026-09-01T18:00:00.000Z", answers: [{ at: "2026-09-04T18:00:00.000Z", rating: "good" as const }] } } } };
const noReview = { version: 1 as const, topics: {} };

describe("export files", () => {
  it("carry statuses, notes, a plan with a pace and review histories, and read back as they were", () => {
    const file = makeBackupFile(progress, notes, plan, review);
    expect(file).toEqual({ version: 4, statuses: progress.statuses, notes: notes.notes, plan, review: review.topics });
    expect(parseBackupJson(JSON.stringify(file))).toEqual({ progress, notes, plan, review });
  });

  it("leave out a plan without a pace and empty histories, so importing the file never clears the learner's", () => {
    const file = makeBackupFile(progress, notes, { version: 1, days: ["MO"], time: "07:00" }, noReview);
    expect(file).not.toHaveProperty("plan");
    expect(file).not.toHaveProperty("review");
    expect(parseBackupJson(JSON.stringify(file))).toEqual({ progress, notes, plan: null, review: null });
  });

  it.each([
    ["3", { version: 3, statuses: { basics: { alpha: "done" } } }],
    ["2", { version: 2, done: { basics: ["alpha"] } }],
    ["1", { version: 1, topics: ["basics/alpha"] }],
  ])("of version %s (statuses only, from earlier releases) still import", (_, old) => {
    expect(parseBackupJson(JSON.stringify(old))).toEqual({ progress, notes: null, plan: null, review: null });
  });

  it.each([
    ["not JSON", "hello"],
    ["someone else's JSON", '{"tasks":[1]}'],
    ["a future version", '{"version":5,"statuses":{}}'],
    ["a bad note", JSON.stringify({ version: 4, statuses: {}, notes: { basics: { alpha: 1 } } })],
    ["a bad plan", JSON.stringify({ version: 4, statuses: {}, plan: { version: 1, hoursPerWeek: 500, days: ["TU"], time: "19:00" } })],
    ["a bad review answer", JSON.stringify({ version: 4, statuses: {}, review: { basics: { alpha: { enteredAt: "2026-09-01T18:00:00.000Z", answers: [{ at: "yesterday", rating: "good" }] } } } })],
  ])("that are %s are refused", (_, text) => {
    expect(parseBackupJson(text)).toBeNull();
  });

  it("for another roadmap's topics are someone else's data", () => {
    const elsewhere = { progress: { version: 3 as const, statuses: { pods: { kubernetes: "done" as const } } }, notes: { version: 1 as const, notes: { pods: { x: "y" } } }, plan: null, review: null };
    expect(isForeignBackup(elsewhere, steps)).toBe(true);
    expect(isForeignBackup({ ...elsewhere, notes: notes }, steps)).toBe(false);
    expect(isForeignBackup({ progress: { version: 3, statuses: {} }, notes: null, plan: null, review: null }, steps)).toBe(false);
  });
});

describe("plans", () => {
  it.each([
    ["a pace of 0", { ...plan, hoursPerWeek: 0 }],
    ["a pace that is not whole", { ...plan, hoursPerWeek: 2.5 }],
    ["no days", { ...plan, days: [] }],
    ["a day twice", { ...plan, days: ["TU", "TU"] }],
    ["an unknown day", { ...plan, days: ["XX"] }],
    ["a time that is not one", { ...plan, time: "25:00" }],
  ])("with %s are refused in a file", (_, bad) => {
    expect(parseBackupJson(JSON.stringify({ version: 4, statuses: {}, plan: bad }))).toBeNull();
  });

  it("read back with their days in week order", () => {
    const file = { version: 4, statuses: {}, plan: { ...plan, days: ["FR", "MO"] } };
    expect(parseBackupJson(JSON.stringify(file))?.plan?.days).toEqual(["MO", "FR"]);
  });
});
