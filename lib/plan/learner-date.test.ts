import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLearnerDate } from "./learner-date";

const day = new Date(2027, 2, 9);

function preferring(languages: string[]) {
  vi.stubGlobal("navigator", { languages, language: languages[0] });
}

describe("formatLearnerDate", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("writes the date in the learner's regional form of the site's language", () => {
    preferring(["fr-FR", "en-GB"]);
    expect(formatLearnerDate(day, "en")).toBe("9 March 2027");
  });

  it("keeps the site's locale when the browser prefers no form of its language", () => {
    preferring(["fr-FR"]);
    expect(formatLearnerDate(day, "en")).toBe("March 9, 2027");
  });

  it("passes over what the browser reports that is not a language tag", () => {
    preferring(["C", "en-GB"]);
    expect(formatLearnerDate(day, "en")).toBe("9 March 2027");
    preferring(["C"]);
    expect(formatLearnerDate(day, "en")).toBe("March 9, 2027");
  });
});
