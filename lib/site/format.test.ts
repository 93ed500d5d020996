import { describe, expect, it } from "vitest";
import { countOf, formatDate, formatHours } from "./format";

describe("formatDate", () => {
  it("formats an ISO date for people, in UTC", () => {
    expect(formatDate("2024-11-05T18:02:00.000Z")).toBe("November 5, 2024");
    expect(formatDate("2024-11-05T23:59:00.000Z")).toBe("November 5, 2024");
  });
});

describe("countOf", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect([0, 1, 2].map((count) => countOf(count, "topic"))).toEqual(["0 topics", "1 topic", "2 topics"]);
    expect(countOf(2, "status", "statuses")).toBe("2 statuses");
  });

  it("follows English plural rules for fractions too", () => {
    expect([1.5, 0.5, 1].map((count) => countOf(count, "hour"))).toEqual(["1.5 hours", "0.5 hours", "1 hour"]);
  });
});

describe("formatHours", () => {
  it("says an estimate as the pages do, to one decimal", () => {
    expect([40, 2.5, 1.25].map(formatHours)).toEqual(["about 40 h", "about 2.5 h", "about 1.3 h"]);
  });
});
