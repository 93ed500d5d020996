import { describe, expect, it } from "vitest";
import { countAll, countDone, EMPTY_PROGRESS, isTopicDone, parseProgress, parseProgressJson, setTopicDone } from "./progress";

const steps = [
  { slug: "foundations", topicIds: ["linear-algebra", "calculus", "python"] },
  { slug: "projects", topicIds: ["competitions"] },
];

describe("parseProgress", () => {
  it("accepts the current version", () => {
    const progress = { version: 2, done: { foundations: ["calculus"] } };
    expect(parseProgress(progress)).toEqual(progress);
  });

  it("migrates version 1's flat list of step/topic keys", () => {
    expect(parseProgress({ version: 1, topics: ["foundations/calculus", "foundations/python", "projects/competitions", "foundations/calculus"] })).toEqual({
      version: 2,
      done: { foundations: ["calculus", "python"], projects: ["competitions"] },
    });
  });

  it("drops version 1 keys that are not step/topic pairs", () => {
    expect(parseProgress({ version: 1, topics: ["nonsense", "a/b/c", "/x", "projects/competitions"] })).toEqual({ version: 2, done: { projects: ["competitions"] } });
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a number", 42],
    ["an array", [1, 2]],
    ["a future version", { version: 3, done: {} }],
    ["a foreign object", { theme: "dark" }],
    ["wrong types", { version: 2, done: { foundations: "calculus" } }],
    ["non-string ids", { version: 2, done: { foundations: [1, 2] } }],
    ["empty ids", { version: 2, done: { foundations: [""] } }],
    ["an absurdly long list", { version: 2, done: { foundations: Array.from({ length: 501 }, (_, index) => `t${index}`) } }],
  ])("treats %s as no progress", (_, data) => {
    expect(parseProgress(data)).toBeNull();
  });

  it.each([["", null], ["{", null], ["not json", null], ['"a string"', null]])("parses corrupt JSON %j as null without throwing", (text, expected) => {
    expect(parseProgressJson(text)).toBe(expected);
  });

  it("parses stored JSON", () => {
    expect(parseProgressJson('{"version":2,"done":{"projects":["competitions"]}}')).toEqual({ version: 2, done: { projects: ["competitions"] } });
  });
});

describe("progress operations", () => {
  it("ticks and unticks a topic without touching other steps", () => {
    const ticked = setTopicDone(setTopicDone(EMPTY_PROGRESS, "foundations", "calculus", true), "projects", "competitions", true);
    expect(isTopicDone(ticked, "foundations", "calculus")).toBe(true);
    const unticked = setTopicDone(ticked, "foundations", "calculus", false);
    expect(isTopicDone(unticked, "foundations", "calculus")).toBe(false);
    expect(isTopicDone(unticked, "projects", "competitions")).toBe(true);
  });

  it("ticks a topic once however often it is ticked", () => {
    const twice = setTopicDone(setTopicDone(EMPTY_PROGRESS, "foundations", "calculus", true), "foundations", "calculus", true);
    expect(twice.done.foundations).toEqual(["calculus"]);
  });

  it("counts only topics that still exist, keeping ticks for removed ones", () => {
    const progress = { version: 2 as const, done: { foundations: ["calculus", "removed-topic"], gone: ["x"] } };
    expect(countDone(progress, steps[0]!)).toBe(1);
    expect(countAll(progress, steps)).toEqual({ done: 1, total: 4 });
    expect(progress.done.foundations).toContain("removed-topic");
  });
});

describe("parseProgress on hostile input", () => {
  it("keeps only the known fields of an otherwise valid object", () => {
    expect(parseProgress({ version: 2, done: { projects: ["x"] }, extra: "ignored" })).toEqual({ version: 2, done: { projects: ["x"] } });
  });

  it("treats a __proto__ key as plain data", () => {
    const parsed = parseProgress(JSON.parse('{"version":2,"done":{"__proto__":["polluted"]}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed?.done)).toBe(Object.prototype);
  });

  it.each([
    ["too long an id", { version: 2, done: { foundations: ["x".repeat(101)] } }],
    ["too many steps", { version: 2, done: Object.fromEntries(Array.from({ length: 501 }, (_, index) => [`s${index}`, []])) }],
    ["an array for done", { version: 2, done: [["foundations", ["calculus"]]] }],
    ["a version 1 list of numbers", { version: 1, topics: [1, 2] }],
  ])("rejects %s", (_, data) => {
    expect(parseProgress(data)).toBeNull();
  });
});
