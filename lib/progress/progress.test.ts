import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog, REFERENCE_LOCALE } from "../content/catalog";
import { createTranslator } from "../i18n/messages";
import {
  countStatuses,
  describeCounts,
  EMPTY_PROGRESS,
  hasAnyStatus,
  nextTopic,
  setTopicStatus,
  statusOf,
  topicsToLearn,
} from "./progress";
import { parseProgress, parseProgressJson } from "./parse";
import type { Progress } from "./schema";

// A small roadmap of its own, so these tests do not change with the shipped content.
const topics = (...ids: string[]) => ids.map((id) => ({ id, title: id.toUpperCase() }));
const steps = [
  { slug: "basics", topics: topics("alpha", "beta", "gamma", "delta", "epsilon") },
  { slug: "practice", topics: topics("zeta") },
];
const progress = (statuses: Progress["statuses"]): Progress => ({ version: 3, statuses });

describe("parseProgress", () => {
  it("accepts the current version", () => {
    const current = progress({ basics: { beta: "learning", gamma: "done", delta: "skipped" } });
    expect(parseProgress(current)).toEqual(current);
  });

  it("migrates version 2's ticks to Done, keeping every one", () => {
    expect(parseProgress({ version: 2, done: { basics: ["alpha", "gamma"], practice: ["zeta"], empty: [] } })).toEqual(
      progress({ basics: { alpha: "done", gamma: "done" }, practice: { zeta: "done" } }),
    );
  });

  it("migrates version 1's flat list of step/topic keys to Done", () => {
    expect(parseProgress({ version: 1, topics: ["basics/gamma", "basics/alpha", "practice/zeta", "basics/gamma"] })).toEqual(
      progress({ basics: { gamma: "done", alpha: "done" }, practice: { zeta: "done" } }),
    );
  });

  it("drops version 1 keys that are not step/topic pairs", () => {
    expect(parseProgress({ version: 1, topics: ["nonsense", "a/b/c", "/x", "practice/zeta"] })).toEqual(progress({ practice: { zeta: "done" } }));
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a number", 42],
    ["an array", [1, 2]],
    ["a future version", { version: 4, statuses: {} }],
    ["a foreign object", { theme: "dark" }],
    ["an unknown status", { version: 3, statuses: { basics: { alpha: "mastered" } } }],
    ["not started stored as a status", { version: 3, statuses: { basics: { alpha: "not-started" } } }],
    ["version 2 with wrong types", { version: 2, done: { basics: "alpha" } }],
    ["version 3 shaped like version 2", { version: 3, done: { basics: ["alpha"] } }],
    ["empty ids", { version: 3, statuses: { basics: { "": "done" } } }],
    ["too long an id", { version: 3, statuses: { basics: { ["x".repeat(101)]: "done" } } }],
    ["too many topics in a step", { version: 3, statuses: { basics: Object.fromEntries(Array.from({ length: 501 }, (_, index) => [`t${index}`, "done"])) } }],
    ["too many steps", { version: 3, statuses: Object.fromEntries(Array.from({ length: 501 }, (_, index) => [`s${index}`, {}])) }],
    ["an absurdly long version 2 list", { version: 2, done: { basics: Array.from({ length: 501 }, (_, index) => `t${index}`) } }],
  ])("treats %s as no progress", (_, data) => {
    expect(parseProgress(data)).toBeNull();
  });

  it.each(["", "{", "not json", '"a string"'])("parses corrupt JSON %j as null without throwing", (text) => {
    expect(parseProgressJson(text)).toBeNull();
  });

  it("keeps only the known fields of an otherwise valid object", () => {
    expect(parseProgress({ version: 3, statuses: { practice: { zeta: "done" } }, extra: "ignored" })).toEqual(progress({ practice: { zeta: "done" } }));
  });

  it("treats __proto__ keys as plain data", () => {
    const parsed = parseProgress(JSON.parse('{"version":3,"statuses":{"__proto__":{"__proto__":"done"}}}'));
    expect(({} as Record<string, unknown>).done).toBeUndefined();
    expect(Object.getPrototypeOf(parsed?.statuses)).toBe(Object.prototype);
  });
});

describe("statuses", () => {
  it("are Not started by default and set per topic without touching others", () => {
    expect(statusOf(EMPTY_PROGRESS, "basics", "alpha")).toBe("not-started");
    const learning = setTopicStatus(setTopicStatus(EMPTY_PROGRESS, "basics", "alpha", "learning"), "practice", "zeta", "done");
    expect(statusOf(learning, "basics", "alpha")).toBe("learning");
    const skipped = setTopicStatus(learning, "basics", "alpha", "skipped");
    expect(statusOf(skipped, "basics", "alpha")).toBe("skipped");
    expect(statusOf(skipped, "practice", "zeta")).toBe("done");
  });

  it("store nothing for Not started, so a reset topic leaves no trace", () => {
    const reset = setTopicStatus(setTopicStatus(EMPTY_PROGRESS, "basics", "alpha", "done"), "basics", "alpha", "not-started");
    expect(reset).toEqual(EMPTY_PROGRESS);
    expect(hasAnyStatus(reset)).toBe(false);
  });

  it("keep statuses of topics the content no longer has, without counting them", () => {
    const kept = progress({ basics: { alpha: "done", "retired-topic": "done" }, "retired-step": { x: "learning" } });
    expect(countStatuses(kept, steps)).toEqual({ done: 1, learning: 0, skipped: 0, topics: 6 });
    expect(hasAnyStatus(progress({ "retired-step": { x: "learning" } }))).toBe(true);
  });
});

describe("counting", () => {
  const english = loadCatalog(path.resolve(import.meta.dirname, "../.."), REFERENCE_LOCALE, "locale");
  if (!english.ok) throw new Error(english.problems.join("\n"));
  const t = createTranslator(REFERENCE_LOCALE, "progress", english.value.progress);

  it("takes skipped topics out of the total and says how many are learning and skipped", () => {
    const counts = countStatuses(progress({ basics: { alpha: "done", beta: "skipped" } }), steps.slice(0, 1));
    expect(topicsToLearn(counts)).toBe(4);
    expect(describeCounts(t, counts)).toBe("1 of 4 topics done · 1 skipped");
    expect(describeCounts(t, countStatuses(progress({ basics: { alpha: "done", beta: "learning", gamma: "learning", delta: "skipped" } }), steps))).toBe(
      "1 of 5 topics done · 2 learning · 1 skipped",
    );
    expect(describeCounts(t, countStatuses(EMPTY_PROGRESS, steps.slice(1)))).toBe("0 of 1 topic done");
  });
});

describe("nextTopic", () => {
  it("is the first topic, before any progress", () => {
    expect(nextTopic(EMPTY_PROGRESS, steps)).toEqual({ slug: "basics", topic: steps[0]!.topics[0] });
  });

  it("is the first topic marked Learning, in content order, even after Not started ones", () => {
    const learning = progress({ basics: { alpha: "done" }, practice: { zeta: "learning" } });
    expect(nextTopic(learning, steps)?.topic.id).toBe("zeta");
  });

  it("else the first Not started one, passing Done and Skipped topics", () => {
    expect(nextTopic(progress({ basics: { alpha: "done", beta: "skipped" } }), steps)?.topic.id).toBe("gamma");
  });

  it("is null when every topic is Done or Skipped", () => {
    const finished = progress({ basics: { alpha: "done", beta: "skipped", gamma: "done", delta: "done", epsilon: "skipped" }, practice: { zeta: "done" } });
    expect(nextTopic(finished, steps)).toBeNull();
  });
});
