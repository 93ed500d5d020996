import { describe, expect, it } from "vitest";
import { countOf, formatDate } from "./format";

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
});
