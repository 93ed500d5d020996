import { describe, expect, it } from "vitest";
import { loadRoadmap } from "../content/load";
import { buildSearchEntries, searchEntries } from "./entries";

const entries = buildSearchEntries(loadRoadmap().steps);
const hrefs = (query: string) => searchEntries(entries, query).map((result) => result.entry.href);

describe("searchEntries", () => {
  it("finds topics by title, case-insensitively, linking to the topic anchor", () => {
    expect(hrefs("LINEAR algebra")).toEqual(["/steps/foundations#linear-algebra"]);
  });

  it("finds topics by their resources and says which resources matched", () => {
    const [result, ...rest] = searchEntries(entries, "pytorch");
    expect(rest).toEqual([]);
    expect(result?.entry.href).toBe("/steps/foundations#python-libraries");
    expect(result?.matchedResources).toEqual(["PyTorch"]);
  });

  it("finds topics by description", () => {
    expect(hrefs("bayes")).toEqual(["/steps/foundations#probability-and-statistics"]);
  });

  it("needs every word to match", () => {
    expect(hrefs("kaggle")).toEqual(expect.arrayContaining(["/steps/ml-basics#online-courses", "/steps/projects#participating-in-competitions"]));
    expect(hrefs("kaggle competitions")).toEqual(["/steps/projects#participating-in-competitions"]);
  });

  it("returns nothing for an empty query or no match", () => {
    expect(hrefs("   ")).toEqual([]);
    expect(hrefs("quantum knitting")).toEqual([]);
  });
});
