import { describe, expect, it } from "vitest";
import { createClock, laterStamp, nextStamp, STAMP_PATTERN } from "./hlc";

describe("the hybrid logical clock", () => {
  it("follows wall time, and counts within a millisecond", () => {
    let now = 1_000;
    const clock = createClock("laptop", undefined, () => now);
    const [a, b] = [clock.tick(), clock.tick()];
    now = 2_000;
    const c = clock.tick();
    expect(a < b && b < c).toBe(true);
    for (const stamp of [a, b, c]) expect(stamp).toMatch(STAMP_PATTERN);
  });

  it("orders a change after every stamp it has seen, even on a clock running a day behind", () => {
    const ahead = createClock("laptop", undefined, () => Date.UTC(2026, 11, 2));
    const behind = createClock("phone", undefined, () => Date.UTC(2026, 11, 1));
    const seen = ahead.tick();
    behind.observe(seen);
    expect(behind.tick() > seen).toBe(true);
  });

  it("never goes back when the wall clock does", () => {
    let now = 5_000;
    const clock = createClock("laptop", undefined, () => now);
    const first = clock.tick();
    now = 1_000;
    expect(clock.tick() > first).toBe(true);
  });

  it("borrows the next millisecond when the counter is full", () => {
    const full = `${(10).toString(36).padStart(11, "0")}:zzzzz:laptop`;
    const next = nextStamp(full, "laptop", 10);
    expect(next > full).toBe(true);
    expect(next).toMatch(STAMP_PATTERN);
  });

  it("breaks ties by device, so two devices never make one stamp", () => {
    expect(nextStamp(undefined, "a", 7)).not.toBe(nextStamp(undefined, "b", 7));
    expect(laterStamp("x", undefined)).toBe("x");
    expect(laterStamp(undefined, undefined)).toBeUndefined();
  });
});
