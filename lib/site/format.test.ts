import { describe, expect, it } from "vitest";
import { formatDate } from "./format";

describe("formatDate", () => {
  it("formats an ISO date for people, in UTC", () => {
    expect(formatDate("2024-11-05T18:02:00.000Z", "en")).toBe("November 5, 2024");
    expect(formatDate("2024-11-05T23:59:00.000Z", "en")).toBe("November 5, 2024");
  });

  it("writes it in the site's language", () => {
    expect(formatDate("2024-11-05T23:59:00.000Z", "es")).toBe("5 de noviembre de 2024");
    expect(formatDate("2024-11-05T23:59:00.000Z", "en-GB")).toBe("5 November 2024");
  });
});
