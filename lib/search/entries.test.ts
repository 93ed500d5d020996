import { describe, expect, it } from "vitest";
import { loadRoadmap } from "../content/load";
import { makeContentRoot } from "../content/test-support/fixture";
import { buildSearchEntries, searchEntries, searchExamples } from "./entries";

// The example roadmap, whose topics and resources these tests name.
const { steps } = loadRoadmap(makeContentRoot().root);
const entries = buildSearchEntries(steps, (step) => `Step ${step.number}: ${step.title}`);
const hrefs = (query: string) => searchEntries(entries, query).map((result) => result.entry.href);

describe("searchEntries", () => {
  it("finds topics by title, case-insensitively, linking to the topic anchor", () => {
    expect(hrefs("APRENDER git")).toEqual(["/steps/first-pull-request#learning-git"]);
  });

  it("finds topics by their resources and says which matched and whether they are suggestions", () => {
    const [result, ...rest] = searchEntries(entries, "git clonar");
    expect(rest).toEqual([]);
    expect(result?.entry.href).toBe("/steps/first-pull-request#learning-git");
    expect(result?.matchedResources).toEqual([
      { title: "Git", suggested: false },
      { title: "Pro Git", suggested: true },
    ]);
    expect(searchEntries(entries, "good first issue")[0]?.matchedResources).toEqual([{ title: "Good First Issue", suggested: true }]);
  });

  it("finds topics by description", () => {
    expect(hrefs("marcadas")).toEqual(["/steps/find-a-project#good-first-issues"]);
  });

  it("matches words whatever their accents, in the query or in the text", () => {
    expect(hrefs("QUE cambiaste")).toEqual(["/steps/first-pull-request#opening-a-pull-request"]);
    expect(hrefs("pruebalas")).toEqual(["/steps/keep-contributing#reviewing-pull-requests"]);
    expect(hrefs("clonár")).toEqual(["/steps/first-pull-request#learning-git"]);
    const note = "Pedí a María que revisara mi rama; Ω.";
    const [result] = searchEntries(entries, "maria", (entry) => (entry.topicId === "learning-git" ? note : ""));
    expect(result?.noteExcerpt).toBe(note);
    expect(searchEntries(entries, "rama;", (entry) => (entry.topicId === "learning-git" ? `${"a".repeat(40)} ${note}` : ""))[0]?.noteExcerpt).toBe("…Pedí a María que revisara mi rama; Ω.");
  });

  it("needs every word to match", () => {
    expect(hrefs("github")).toEqual(["/steps/find-a-project#good-first-issues", "/steps/first-pull-request#opening-a-pull-request"]);
    expect(hrefs("github pull")).toEqual(["/steps/first-pull-request#opening-a-pull-request"]);
  });

  it("finds topics by words in the learner's own note, and says where in it", () => {
    const note = "Ask Maria about the rebase workflow before the quantum knitting meetup; she keeps the slides.";
    const notes = (entry: { topicId: string }) => (entry.topicId === "learning-git" ? note : "");
    const [result, ...rest] = searchEntries(entries, "quantum knitting", notes);
    expect(rest).toEqual([]);
    expect(result?.entry.href).toBe("/steps/first-pull-request#learning-git");
    expect(result?.noteExcerpt).toBe("…rebase workflow before the quantum knitting meetup; she keeps the slides.");
    expect(searchEntries(entries, "git", notes).find((found) => found.entry.topicId === "learning-git")?.noteExcerpt).toBeNull();
    expect(searchEntries(entries, "maria", notes)[0]?.noteExcerpt).toBe("Ask Maria about the rebase workflow before the quantum knitting meetup;…");
  });

  it("returns nothing for an empty query or no match", () => {
    expect(hrefs("   ")).toEqual([]);
    expect(hrefs("quantum knitting")).toEqual([]);
  });
});

describe("searchExamples", () => {
  it("suggests the shortest resource name of each of the first steps", () => {
    // The third step has no resources, so it suggests nothing.
    expect(searchExamples(steps)).toEqual(["GitHub", "Git"]);
    expect(searchExamples(steps, 1)).toEqual(["GitHub"]);
  });
});
