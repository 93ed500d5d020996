import { describe, expect, it } from "vitest";
import { articleJsonLd, roadmapJsonLd, serializeJsonLd, stepBreadcrumbJsonLd } from "./structured-data";

const article = {
  title: "Title </script><script>alert(1)</script>",
  description: "A <b>bold</b> claim\u2028with a line separator",
  author: "Shyam Mohan",
  date: "2024-11-05T18:02:00.000Z",
  permalink: "/blog/the-article",
  image: null,
};
const steps = [{ slug: "foundations", number: 1, title: "Foundations", summary: "Start here." }];

describe("serializeJsonLd", () => {
  it("cannot be broken out of by content containing </script>", () => {
    const json = serializeJsonLd(articleJsonLd(article));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json).headline).toBe(article.title);
  });

  it("round-trips as valid JSON", () => {
    const data = roadmapJsonLd(article, steps);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe("structured data", () => {
  it("describes the roadmap as a HowTo whose steps link to their permalinks", () => {
    expect(roadmapJsonLd(article, steps).step).toEqual([
      { "@type": "HowToStep", position: 1, name: "Foundations", text: "Start here.", url: "http://localhost:3000/steps/foundations" },
    ]);
  });

  it("gives a step a breadcrumb trail from the roadmap", () => {
    const trail = stepBreadcrumbJsonLd(steps[0]!, "Some Roadmap", "Paso 1: Foundations").itemListElement;
    expect(trail.map((item) => item.item)).toEqual(["http://localhost:3000/", "http://localhost:3000/steps/foundations"]);
    expect(trail.map((item) => item.name)).toEqual(["Some Roadmap", "Paso 1: Foundations"]);
  });

  it("names the article's author and date", () => {
    expect(articleJsonLd(article)).toMatchObject({ "@type": "Article", author: { "@type": "Person", name: "Shyam Mohan" }, datePublished: "2024-11-05T18:02:00.000Z" });
  });
});
