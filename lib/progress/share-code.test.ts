import { describe, expect, it } from "vitest";
import { EMPTY_PROGRESS } from "./progress";
import { decodeShareCode, encodeShareCode } from "./share-code";

const steps = [
  { slug: "foundations", topicIds: ["linear-algebra", "probability", "calculus", "python", "libraries"] },
  { slug: "ml-basics", topicIds: ["data", "algorithms", "tools", "courses"] },
  { slug: "projects", topicIds: ["competitions"] },
];

const progress = { version: 2 as const, done: { foundations: ["calculus", "linear-algebra"], projects: ["competitions"] } };

describe("share codes", () => {
  it("round-trips progress", () => {
    const code = encodeShareCode(progress, steps);
    expect(decodeShareCode(code, steps)).toEqual({
      ok: true,
      count: 3,
      progress: { version: 2, done: { foundations: ["linear-algebra", "calculus"], projects: ["competitions"] } },
    });
  });

  it("round-trips empty and complete progress", () => {
    expect(decodeShareCode(encodeShareCode(EMPTY_PROGRESS, steps), steps)).toMatchObject({ ok: true, count: 0 });
    const all = { version: 2 as const, done: Object.fromEntries(steps.map((step) => [step.slug, step.topicIds])) };
    expect(decodeShareCode(encodeShareCode(all, steps), steps)).toMatchObject({ ok: true, count: 10 });
  });

  it("is short and URL-safe", () => {
    const code = encodeShareCode(progress, steps);
    expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(code.length).toBeLessThanOrEqual(20);
  });

  it("leaves out ticks for topics the content no longer has", () => {
    const withGhost = { version: 2 as const, done: { foundations: ["calculus", "gone"], removed: ["x"] } };
    expect(decodeShareCode(encodeShareCode(withGhost, steps), steps)).toMatchObject({ ok: true, count: 1 });
  });

  it("rejects a code made for other content", () => {
    const code = encodeShareCode(progress, steps);
    const changed = [...steps, { slug: "new-step", topicIds: ["new-topic"] }];
    expect(decodeShareCode(code, changed)).toEqual({ ok: false, reason: "other-content" });
  });

  it.each([
    ["empty", ""],
    ["garbage", "hello world"],
    ["too few parts", "1.abcd.AA"],
    ["too many parts", "1.abcd.AA.xyzw.extra"],
    ["an unknown format", "2.abcd.AA.xyzw"],
    ["huge", "1.".padEnd(5000, "A")],
    ["script", "<script>alert(1)</script>"],
  ])("rejects a malformed code (%s)", (_, code) => {
    expect(decodeShareCode(code, steps)).toEqual({ ok: false, reason: "malformed" });
  });

  it("rejects a code whose bits or checksum were edited", () => {
    const code = encodeShareCode(progress, steps);
    const [format, fingerprint, bits, checksum] = code.split(".");
    const flipped = bits!.startsWith("A") ? `B${bits!.slice(1)}` : `A${bits!.slice(1)}`;
    expect(decodeShareCode(`${format}.${fingerprint}.${flipped}.${checksum}`, steps)).toEqual({ ok: false, reason: "malformed" });
    expect(decodeShareCode(`${format}.${fingerprint}.${bits}.0000`, steps)).toEqual({ ok: false, reason: "malformed" });
  });
});
