import { describe, expect, it } from "vitest";
import type { Progress } from "../progress/schema";
import { parseReview, parseReviewJson } from "./parse";
import { countHistories, EMPTY_REVIEW, enterDoneTopics, enterReview, entryOf, hasAnyReview, isInReview, mergeReview, recordAnswer } from "./review";
import { cardOf, dueAfter, reviewSchedule } from "./scheduler";

const DAY = 24 * 60 * 60 * 1000;
const at = (day: number, hours = 18) => new Date(Date.UTC(2026, 8, day, hours));
const progress = (statuses: Progress["statuses"]): Progress => ({ version: 3, statuses });
const steps = [{ slug: "basics", topics: [{ id: "alpha", title: "Alpha" }, { id: "beta", title: "Beta" }, { id: "gamma", title: "Gamma" }] }];
const done = progress({ basics: { alpha: "done", beta: "done" } });

describe("review histories", () => {
  it("start when a topic enters review, and are kept when it enters again", () => {
    const entered = enterReview(EMPTY_REVIEW, "basics", "alpha", at(1));
    expect(entryOf(entered, "basics", "alpha")).toEqual({ enteredAt: at(1).toISOString(), answers: [] });
    const answered = recordAnswer(entered, "basics", "alpha", "good", at(4));
    expect(enterReview(answered, "basics", "alpha", at(30))).toBe(answered);
  });

  it("put a topic in review only while it is Done: its status is the learner's, and reviewing never changes it", () => {
    const review = enterReview(EMPTY_REVIEW, "basics", "alpha", at(1));
    expect(isInReview(done, review, "basics", "alpha")).toBe(true);
    expect(isInReview(progress({ basics: { alpha: "learning" } }), review, "basics", "alpha")).toBe(false);
    expect(isInReview(done, review, "basics", "beta")).toBe(false);
  });

  it("give Done topics without a history one from now, and are the same object when none lacks one", () => {
    const review = enterDoneTopics(done, EMPTY_REVIEW, steps, at(10));
    expect(Object.keys(review.topics.basics!)).toEqual(["alpha", "beta"]);
    expect(enterDoneTopics(done, review, steps, at(11))).toBe(review);
  });

  it("merge imported histories topic by topic", () => {
    const own = enterReview(enterReview(EMPTY_REVIEW, "basics", "alpha", at(1)), "basics", "beta", at(2));
    const incoming = recordAnswer(enterReview(EMPTY_REVIEW, "basics", "alpha", at(5)), "basics", "alpha", "easy", at(9));
    const merged = mergeReview(own, incoming);
    expect(entryOf(merged, "basics", "alpha")).toEqual(entryOf(incoming, "basics", "alpha"));
    expect(entryOf(merged, "basics", "beta")).toEqual(entryOf(own, "basics", "beta"));
    expect(hasAnyReview(merged)).toBe(true);
    expect(hasAnyReview(EMPTY_REVIEW)).toBe(false);
    expect(countHistories(merged, steps)).toBe(2);
    expect(countHistories(mergeReview(merged, enterReview(EMPTY_REVIEW, "retired", "old", at(3))), steps)).toBe(2);
  });

  it("read back only when valid", () => {
    const review = recordAnswer(EMPTY_REVIEW, "basics", "alpha", "hard", at(3));
    expect(parseReview(review)).toEqual(review);
    expect(parseReviewJson("{oops")).toBeNull();
    expect(parseReview({ version: 2, topics: {} })).toBeNull();
    expect(parseReview({ version: 1, topics: { basics: { alpha: { enteredAt: "Monday", answers: [] } } } })).toBeNull();
    expect(parseReview({ version: 1, topics: { basics: { alpha: { enteredAt: at(1).toISOString(), answers: [{ at: at(2).toISOString(), rating: "perfect" }] } } } })).toBeNull();
  });
});

describe("the FSRS schedule", () => {
  const entry = { enteredAt: at(1).toISOString(), answers: [] };

  it("brings a topic marked Done back a few days later", () => {
    const due = cardOf(entry).due;
    expect((due.getTime() - at(1).getTime()) / DAY).toBe(3);
  });

  it("moves a topic further out for a better answer: Again < Hard < Good < Easy", () => {
    const when = at(4);
    const [again, hard, good, easy] = (["again", "hard", "good", "easy"] as const).map((rating) => dueAfter(entry, rating, when).getTime());
    expect(again! < hard! && hard! < good! && good! < easy!).toBe(true);
    expect((good! - when.getTime()) / DAY).toBeGreaterThan(7);
    expect((again! - when.getTime()) / DAY).toBeLessThanOrEqual(1);
  });

  it("works the card out from its history alone, the same every time", () => {
    const history = { ...entry, answers: [{ at: at(4).toISOString(), rating: "good" as const }, { at: at(20).toISOString(), rating: "again" as const }] };
    expect(cardOf(history)).toEqual(cardOf(structuredClone(history)));
    expect(cardOf(history).lapses).toBe(1);
  });

  it("lists the topics in review earliest due first, leaving out those no longer Done", () => {
    let review = enterReview(EMPTY_REVIEW, "basics", "alpha", at(5));
    review = enterReview(review, "basics", "beta", at(1));
    review = enterReview(review, "basics", "gamma", at(2));
    const schedule = reviewSchedule(progress({ basics: { alpha: "done", beta: "done", gamma: "skipped" } }), review, steps);
    expect(schedule.map((topic) => topic.topicId)).toEqual(["beta", "alpha"]);
    expect(schedule[0]!.due).toEqual(new Date(at(1).getTime() + 3 * DAY));
  });
});
