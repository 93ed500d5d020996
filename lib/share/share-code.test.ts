import { describe, expect, it } from "vitest";
import { loadRoadmap } from "../content/load";
import { EMPTY_PROGRESS, toStepOutline, type StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import { decodeShareCode, encodeShareCode } from "./share-code";
import { topicShareKey } from "../hash/topic-share-key";

// A small roadmap of the tests' own, edited below as an author would edit content/.
const topics = (...ids: string[]) => ids.map((id) => ({ id, title: id }));
const steps: StepOutline[] = [
  { slug: "basics", topics: topics("alpha", "beta", "gamma") },
  { slug: "practice", topics: topics("delta", "epsilon") },
];
const progress: Progress = { version: 3, statuses: { basics: { alpha: "done", beta: "learning" }, practice: { epsilon: "skipped" } } };

describe("share codes", () => {
  it("round-trips every status", () => {
    expect(decodeShareCode(encodeShareCode(progress, steps), steps)).toEqual({ ok: true, progress, unmatched: 0 });
  });

  it("round-trips empty progress", () => {
    expect(decodeShareCode(encodeShareCode(EMPTY_PROGRESS, steps), steps)).toEqual({ ok: true, progress: EMPTY_PROGRESS, unmatched: 0 });
  });

  it("is URL-safe and costs 4 characters per topic with a status", () => {
    const code = encodeShareCode(progress, steps);
    expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(code.length).toBe(encodeShareCode(EMPTY_PROGRESS, steps).length + 3 * 4);
  });

  it("leaves out statuses of topics the content no longer has", () => {
    const withRetired: Progress = { version: 3, statuses: { ...progress.statuses, retired: { old: "done" } } };
    expect(encodeShareCode(withRetired, steps)).toBe(encodeShareCode(progress, steps));
  });

  it("opens a link recorded by this format, so links already shared keep working", () => {
    expect(decodeShareCode("2.iOY-jud5DgWz.j9lt", steps)).toEqual({ ok: true, progress, unmatched: 0 });
  });
});

describe("a link made before the content was edited", () => {
  const link = encodeShareCode(progress, steps);
  const statusesAfter = (edited: StepOutline[]) => {
    const result = decodeShareCode(link, edited);
    if (!result.ok) throw new Error(`expected the link to open, got ${result.reason}`);
    return result;
  };

  it("opens after a topic is added", () => {
    const edited = [{ slug: "basics", topics: topics("alpha", "new-topic", "beta", "gamma") }, steps[1]!];
    expect(statusesAfter(edited)).toEqual({ ok: true, progress, unmatched: 0 });
  });

  it("opens after a topic is removed, leaving its status out", () => {
    const edited = [{ slug: "basics", topics: topics("beta", "gamma") }, steps[1]!];
    expect(statusesAfter(edited)).toEqual({
      ok: true,
      progress: { version: 3, statuses: { basics: { beta: "learning" }, practice: { epsilon: "skipped" } } },
      unmatched: 1,
    });
  });

  it("opens after topics are reordered within a step and steps are reordered", () => {
    const edited = [{ slug: "practice", topics: topics("epsilon", "delta") }, { slug: "basics", topics: topics("gamma", "beta", "alpha") }];
    expect(statusesAfter(edited).progress).toEqual(progress);
  });

  it("says so only when it matches nothing", () => {
    expect(decodeShareCode(link, [{ slug: "kubernetes", topics: topics("pods", "services") }])).toEqual({ ok: false, reason: "other-content" });
  });
});

describe("links in the first release's format", () => {
  // Made by the first release's encoder for `steps`, with alpha, gamma and epsilon ticked.
  const recorded = "1.f9ak.FQ.ao2i";
  const ticked: Progress = { version: 3, statuses: { basics: { alpha: "done", gamma: "done" }, practice: { epsilon: "done" } } };

  it("open as Done while the content they were made for is unchanged", () => {
    expect(decodeShareCode(recorded, steps)).toEqual({ ok: true, progress: ticked, unmatched: 0 });
  });

  it("are refused, not misread, once the topic list has changed", () => {
    const edited = [{ slug: "basics", topics: topics("alpha", "gamma", "beta") }, steps[1]!];
    expect(decodeShareCode(recorded, edited)).toEqual({ ok: false, reason: "other-content" });
  });

  it.each([
    ["edited bits", "1.f9ak.FR.ao2i"],
    ["a missing part", "1.f9ak.FQ"],
  ])("are rejected with %s", (_, code) => {
    expect(decodeShareCode(code, steps)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("decodeShareCode on hostile input", () => {
  const valid = encodeShareCode(progress, steps);
  const [format, payload, checksum] = valid.split(".");

  it.each([
    ["empty", ""],
    ["garbage", "garbage"],
    ["a truncated code", "2.abc"],
    ["an unknown format", "3.AAAA.abcd"],
    ["extra parts", `${valid}.extra`],
    ["huge", "2.".padEnd(10_000, "A")],
    ["script", "<script>alert(1)</script>"],
    ["an edited checksum", `${format}.${payload}.0000`],
    ["an edited payload", `${format}.${payload!.replace(/^./, (char) => (char === "A" ? "B" : "A"))}.${checksum}`],
    ["a payload cut short", `${format}.${payload!.slice(0, -1)}.${checksum}`],
  ])("rejects %s as damaged", (_, code) => {
    expect(decodeShareCode(code, steps)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("with the shipped content", () => {
  const outline = loadRoadmap().steps.map(toStepOutline);
  const everyTopic = outline.flatMap((step) => step.topics.map((topic) => ({ slug: step.slug, id: topic.id })));

  it("gives every topic its own key", () => {
    expect(new Set(everyTopic.map(({ slug, id }) => topicShareKey(slug, id))).size).toBe(everyTopic.length);
  });

  it("round-trips a status on every topic within 7 + 4 characters per topic", () => {
    const statuses = ["learning", "done", "skipped"] as const;
    const all: Progress = { version: 3, statuses: {} };
    everyTopic.forEach(({ slug, id }, index) => ((all.statuses[slug] ??= {})[id] = statuses[index % 3]!));
    const code = encodeShareCode(all, outline);
    expect(code.length).toBe(7 + 4 * everyTopic.length);
    expect(decodeShareCode(code, outline)).toEqual({ ok: true, progress: all, unmatched: 0 });
  });
});
