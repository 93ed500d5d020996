import { describe, expect, it } from "vitest";
import { parseMarkdown, renderMarkdown, splitArticle } from "./markdown";

describe("renderMarkdown", () => {
  it("renders Markdown to HTML", () => {
    expect(renderMarkdown("Some **bold** and a [link](https://numpy.org/).")).toBe(
      '<p>Some <strong>bold</strong> and a <a href="https://numpy.org/">link</a>.</p>',
    );
  });

  it("on a right-to-left site, lets each block of text take the direction of its own script", () => {
    expect(renderMarkdown("مقدمة.\n\n- NumPy\n- **pandas**", "rtl")).toBe('<p dir="auto">مقدمة.</p>\n<ul>\n<li dir="auto">NumPy</li>\n<li dir="auto"><strong>pandas</strong></li>\n</ul>');
  });

  it("drops raw HTML so content cannot run script", () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe|onerror/i);
  });

  it("removes javascript: links", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).not.toContain("javascript:");
  });
});

describe("splitArticle", () => {
  it("splits at `### Step N: Title` headings, stripping emphasis from the title", () => {
    const { intro, sections } = splitArticle(parseMarkdown("Intro.\n\n### **Step 1: First**\n\nOne.\n\n### Step 2: Second\n\nTwo.\n\n#### Detail\n\nMore."));
    expect(intro).toHaveLength(1);
    expect(sections.map(({ number, title, nodes }) => ({ number, title, count: nodes.length }))).toEqual([
      { number: 1, title: "First", count: 1 },
      { number: 2, title: "Second", count: 3 },
    ]);
  });

  it("splits at the headings of the article's own language, with the site's step label", () => {
    const { sections } = splitArticle(parseMarkdown("### Paso 1: Primero\n\nUno.\n\n### Step 2: Not a step here\n\n### Paso 2: Segundo"), "Paso");
    expect(sections.map(({ number, title, nodes }) => ({ number, title, count: nodes.length }))).toEqual([
      { number: 1, title: "Primero", count: 2 },
      { number: 2, title: "Segundo", count: 0 },
    ]);
  });

  it("keeps other headings inside the current section", () => {
    const { intro, sections } = splitArticle(parseMarkdown("### Not a step\n\nText."));
    expect(intro).toHaveLength(2);
    expect(sections).toEqual([]);
  });
});
