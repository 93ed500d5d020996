import { describe, expect, it } from "vitest";
import { formatDate, topicPath } from "./site";

describe("formatDate", () => {
  it("formats an ISO date for people, in UTC", () => {
    expect(formatDate("2024-11-05T18:02:00.000Z")).toBe("November 5, 2024");
    expect(formatDate("2024-11-05T23:59:00.000Z")).toBe("November 5, 2024");
  });
});

describe("topicPath", () => {
  it("deep-links a topic on its step page", () => {
    expect(topicPath("foundations", "linear-algebra")).toBe("/steps/foundations#linear-algebra");
  });
});
