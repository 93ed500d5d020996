import { describe, expect, it } from "vitest";
import { makeContentRoot } from "../../content/test-support/fixture";
import { englishWordFinder } from "./foreign-words";

describe("englishWordFinder", () => {
  it("on a Spanish site, names the English interface words a text shows, but not the content's own English names", () => {
    const english = englishWordFinder(makeContentRoot().root);
    expect(english.words.length).toBeGreaterThan(100);
    expect(english.find("Hecho · Copy sync link · Sin empezar")).toEqual(["Copy sync link"]);
    // "Good First Issue" and "GitHub" are resources of the Spanish roadmap; "Done" is found only as a whole word.
    expect(english.find("Good First Issue, GitHub, Donestadt")).toEqual([]);
  });

  it("on an English site, finds nothing", () => {
    const fixture = makeContentRoot();
    fixture.edit("content/roadmap/site.yaml", "locale: es", "locale: en");
    expect(englishWordFinder(fixture.root).find("Copy sync link")).toEqual([]);
  });
});
