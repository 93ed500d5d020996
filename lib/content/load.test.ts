import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { availableLocales } from "./catalog";
import { ContentError } from "./errors";
import { loadRoadmap } from "./load";
import { ARTICLE_FILE, makeContentRoot, SITE_FILE, STEPS_FILE } from "./test-support/fixture";

/** Loads the given root and returns the problems it reports (failing the test if it loads cleanly). */
function problemsOf(root: string): readonly string[] {
  try {
    loadRoadmap(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected the content to be rejected");
}

describe("loadRoadmap with the shipped content", () => {
  const { site, article, steps } = loadRoadmap();

  it("loads, numbering the steps 1, 2, 3… with unique kebab-case slugs", () => {
    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
    expect(new Set(steps.map((step) => step.slug)).size).toBe(steps.length);
    for (const step of steps) expect(step.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(site.storageNamespace).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every step its section of the article, and every resource an https URL", () => {
    for (const step of steps) {
      expect(step.html, step.slug).not.toBe("");
      for (const topic of step.topics) for (const resource of topic.resources) expect(new URL(resource.url).protocol).toBe("https:");
    }
    expect(article.permalink).toBe(`/blog/${article.slug}`);
  });

  it("names in the article's text every resource marked as named by it", () => {
    const text = fs.readFileSync(path.join(process.cwd(), article.file), "utf8").toLowerCase();
    const named = steps.flatMap((step) => step.topics.flatMap((topic) => topic.resources.flatMap((resource) => (resource.source === "article" ? [resource.named] : []))));
    expect(named.filter((name) => !text.includes(name.toLowerCase()))).toEqual([]);
  });
});

describe("loadRoadmap with the Arabic roadmap (content/arabic-roadmap)", () => {
  const { site, catalog, steps } = loadRoadmap(makeContentRoot("content/arabic-roadmap").root);

  it("reads it right to left, its steps found by their Arabic heading word", () => {
    expect(site).toMatchObject({ locale: "ar", stepLabel: "المرحلة" });
    expect(catalog.direction).toBe("rtl");
    expect(steps.map((step) => [step.number, step.topics.length])).toEqual([[1, 2], [2, 1]]);
    expect(steps[0]?.html).toContain("<strong>أساسيات Python</strong>");
  });
});

describe("loadRoadmap reads a roadmap", () => {
  const fixture = makeContentRoot();
  const { site, article, steps } = loadRoadmap(fixture.root);

  it("with its names and settings from site.yaml", () => {
    expect(site).toMatchObject({ name: "Iniciación al código abierto", label: "Hoja de ruta para contribuir", storageNamespace: "open-source-starter" });
  });

  it("with its locale's catalog, compiled: plain text as it is, ICU syntax as an AST", () => {
    const { catalog } = loadRoadmap(fixture.root);
    expect(catalog).toMatchObject({ locale: site.locale, direction: "ltr" });
    expect(catalog.messages.theme.dark).toEqual(expect.any(String));
    expect(catalog.messages.chrome.footer).toEqual(expect.any(Array));
  });

  it("with the article's frontmatter and permalink", () => {
    expect(article).toMatchObject({
      title: "3 pasos hacia tu primera contribución al código abierto",
      author: "Ada Ejemplo",
      category: "Código abierto",
      date: "2025-03-14T09:00:00.000Z",
      slug: "3-pasos-hacia-tu-primera-contribucion-al-codigo-abierto",
      permalink: "/blog/3-pasos-hacia-tu-primera-contribucion-al-codigo-abierto",
      image: null,
    });
  });

  it("split into its intro and one section per step", () => {
    expect(article.introHtml).toMatch(/^<p>Los proyectos de código abierto acogen/);
    expect(article.introHtml).not.toContain("Paso 1");
    expect(steps.map((step) => step.slug)).toEqual(["find-a-project", "first-pull-request", "keep-contributing"]);
    expect(steps[0]?.html).toContain("<strong>Elegir un proyecto</strong>");
    expect(steps[0]?.html).not.toContain("Aprender Git");
    expect(steps[2]?.html).toContain("se convierten en tu red");
  });

  it("with each topic's estimated hours where it has one", () => {
    expect(steps.map((step) => step.topics.map((topic) => topic.hours))).toEqual([[3, 2], [10, 2.5], [undefined]]);
  });

  it("with each topic's title and whether the title is the article's or ours", () => {
    expect(steps.flatMap((step) => step.topics.map(({ title, titleSource }) => `${title} (${titleSource})`))).toEqual([
      "Elegir un proyecto (article)",
      "Incidencias para principiantes (article)",
      "Aprender Git (article)",
      "Abrir una pull request (article)",
      "Revisar pull requests (ours)",
    ]);
  });

  it("with each resource's source", () => {
    expect(steps[1]?.topics[0]?.resources).toEqual([
      { title: "Git", url: "https://git-scm.com/", kind: "tool", source: "article", named: "Git" },
      { title: "Pro Git", url: "https://git-scm.com/book/es/v2", kind: "docs", source: "suggestion" },
    ]);
  });
});

describe("loadRoadmap rejects bad content, naming the file and field", () => {
  it("an invalid resource URL", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "https://git-scm.com/\n", "not a url\n");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[0].resources[0].url: Invalid URL: must be an https:// address`]);
  });

  it.each([
    ["whitespace", "https://git-scm.com/book es/v2", "Invalid URL: contains whitespace"],
    ["credentials", "https://user:pw@git-scm.com/book/es/v2", "Invalid URL: must not contain a user name or password"],
  ])("a resource URL with %s", (_, url, message) => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://git-scm.com/book/es/v2", `url: "${url}"`);
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[0].resources[1].url: ${message}`]);
  });

  it("a duplicate resource URL within a topic", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://goodfirstissue.dev/", "url: https://github.com/");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[0].topics[1].resources[1].url: Duplicate url "https://github.com/"`]);
  });

  it("a plain http resource URL", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://opensource.guide/\n", "url: http://opensource.guide/\n");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[1].resources[1].url: Invalid URL: must be an https:// address`]);
  });

  it("a missing field", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "    summary: Convierte un cambio en una pull request que los mantenedores puedan revisar y aceptar.\n", "");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].summary: Invalid input: expected string, received undefined`]);
  });

  it.each([
    ["zero", "0", "Must be a positive number of hours"],
    ["negative", "-2", "Must be a positive number of hours"],
    ["text", "ten", "Invalid input: expected number, received string"],
    ["too large", "20000", "Must be at most 10000 hours"],
  ])("an estimate of hours that is %s", (_, hours, message) => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "hours: 10\n", `hours: ${hours}\n`);
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[0].hours: ${message}`]);
  });

  it("an unknown resource kind", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "kind: tutorial", "kind: video");
    expect(problemsOf(fixture.root)[0]).toMatch(new RegExp(`^${STEPS_FILE}: steps\\[0\\]\\.topics\\[0\\]\\.resources\\[0\\]\\.kind: Invalid option`));
  });

  it("a resource without a source", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "            kind: docs\n            source: suggestion\n", "            kind: docs\n");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[0].resources[1].source: Invalid discriminator value. Expected 'article' | 'suggestion'`]);
  });

  it("a resource said to be from the article, without the name it has there", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "            named: Git\n", "");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[0].resources[0].named: Invalid input: expected string, received undefined`]);
  });

  it("a resource said to be from the article that the article does not name", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "named: Open Source Guides", "named: Open Source Handbook");
    expect(problemsOf(fixture.root)).toEqual([
      `${STEPS_FILE}: steps[1].topics[1].resources[1].named: "Open Source Handbook" is not in the article's introduction or its section "Paso 2: Abre tu primera pull request" in ${ARTICLE_FILE}; mark the resource "source: suggestion" or correct the name`,
    ]);
  });

  it("a resource said to be named by the article that only another step's section names", () => {
    const fixture = makeContentRoot();
    // Step 2's section names the Open Source Guides; step 1's does not.
    fixture.edit(STEPS_FILE, "            kind: tutorial\n            source: suggestion\n", "            kind: tutorial\n            source: article\n            named: Open Source Guides\n");
    expect(problemsOf(fixture.root)).toEqual([
      `${STEPS_FILE}: steps[0].topics[0].resources[0].named: "Open Source Guides" is not in the article's introduction or its section "Paso 1: Encuentra un proyecto que te acoja" in ${ARTICLE_FILE}; mark the resource "source: suggestion" or correct the name`,
    ]);
  });

  it("accepts a resource the article names in its introduction, for any step", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "Los proyectos de código abierto acogen", "Los proyectos de código abierto, y los lectores de Pro Git, acogen");
    fixture.edit(STEPS_FILE, "            kind: docs\n            source: suggestion\n", "            kind: docs\n            source: article\n            named: Pro Git\n");
    expect(loadRoadmap(fixture.root).steps[1]?.topics[0]?.resources[1]).toMatchObject({ source: "article", named: "Pro Git" });
  });

  it("a topic title said to be the article's that is not one of the step section's bold labels", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "title: Aprender Git", "title: Aprender a usar Git");
    expect(problemsOf(fixture.root)).toEqual([
      `${STEPS_FILE}: steps[1].topics[0].title: "Aprender a usar Git" is not a bold label in the section "Paso 2: Abre tu primera pull request" of ${ARTICLE_FILE} (it has "Aprender Git", "Abrir una pull request"); use the article's label or mark the title "titleSource: ours"`,
    ]);
  });

  it("a topic title that is another step's label", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "title: Aprender Git", "title: Incidencias para principiantes");
    expect(problemsOf(fixture.root)[0]).toMatch(/steps\[1\]\.topics\[0\]\.title: "Incidencias para principiantes" is not a bold label in the section "Paso 2/);
  });

  it("an unknown title source", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "titleSource: ours", "titleSource: mine");
    expect(problemsOf(fixture.root)[0]).toMatch(new RegExp(`^${STEPS_FILE}: steps\\[2\\]\\.topics\\[0\\]\\.titleSource: Invalid option`));
  });

  it("a name found only inside another word", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "named: Git\n", "named: Gi\n");
    expect(problemsOf(fixture.root)).toHaveLength(1);
  });

  it("a topic id that is not kebab-case", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "id: learning-git", "id: Learning-Git");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[0].id: Must be kebab-case: lowercase letters, digits and single hyphens`]);
  });

  it("a duplicate topic id within a step", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "id: good-first-issues", "id: choosing-a-project");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[0].topics[1].id: Duplicate id "choosing-a-project"`]);
  });

  it("a duplicate step slug", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "slug: keep-contributing", "slug: find-a-project");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[2].slug: Duplicate slug "find-a-project"`]);
  });

  it("a step numbered out of order", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "number: 3", "number: 7");
    expect(problemsOf(fixture.root)).toContain(`${STEPS_FILE}: steps[2].number: Expected 3: steps are numbered 1, 2, 3… in file order`);
  });

  it("an unknown field, which is usually a typo", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "    summary: Revisa", "    sumary: typo\n    summary: Revisa");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[2]: Unrecognized key: "sumary"`]);
  });

  it("broken YAML", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "  - slug: keep-contributing\n", "  - slug: keep-contributing\n   number: [\n");
    expect(problemsOf(fixture.root)[0]).toMatch(new RegExp(`^${STEPS_FILE}: .*line \\d+, column \\d+`));
  });

  it.each([STEPS_FILE, SITE_FILE])("a missing %s", (file) => {
    const fixture = makeContentRoot();
    fs.rmSync(path.join(fixture.root, file));
    expect(problemsOf(fixture.root)).toEqual([`${file}: file not found`]);
  });

  it("a storage namespace that is not kebab-case", () => {
    const fixture = makeContentRoot();
    fixture.edit(SITE_FILE, "storageNamespace: open-source-starter", "storageNamespace: Open Source");
    expect(problemsOf(fixture.root)).toEqual([`${SITE_FILE}: storageNamespace: Must be kebab-case: lowercase letters, digits and single hyphens`]);
  });

  it("a locale with no catalog, naming the catalogs there are", () => {
    const fixture = makeContentRoot();
    fixture.edit(SITE_FILE, "locale: es", "locale: fr");
    expect(problemsOf(fixture.root)).toEqual([`${SITE_FILE}: locale: no catalog for "fr" (messages/fr.json); the catalogs are: ${availableLocales(fixture.root).join(", ")}`]);
  });

  it("a locale that is not a language tag, or not in its canonical spelling", () => {
    const fixture = makeContentRoot();
    fixture.edit(SITE_FILE, "locale: es", "locale: pt-br");
    expect(problemsOf(fixture.root)).toEqual([`${SITE_FILE}: locale: Write the language tag "pt-br" as "pt-BR"`]);
    fixture.write(SITE_FILE, fixture.read(SITE_FILE).replace("locale: pt-br", "locale: not_a_tag"));
    expect(problemsOf(fixture.root)).toEqual([`${SITE_FILE}: locale: "not_a_tag" is not a BCP 47 language tag such as "en", "es" or "pt-BR"`]);
  });

  it("a catalog missing a key, with a key English lacks, or with a message that does not parse", () => {
    const fixture = makeContentRoot();
    const english = JSON.parse(fixture.read("messages/en.json")) as Record<string, Record<string, string>>;
    const { chrome, ...rest } = english;
    const { skipToContent, ...otherChrome } = chrome!;
    expect(skipToContent).toBeDefined();
    fixture.write("messages/xx.json", JSON.stringify({ ...rest, chrome: { ...otherChrome, roadmapLink: "{unclosed", extra: "Extra" } }));
    fixture.edit(SITE_FILE, "locale: es", "locale: xx");
    expect(problemsOf(fixture.root)).toEqual([
      "messages/xx.json: chrome.skipToContent: missing",
      "messages/xx.json: chrome.extra: not in messages/en.json",
      "messages/xx.json: chrome.roadmapLink: not a valid ICU message (EXPECT_ARGUMENT_CLOSING_BRACE)",
    ]);
  });

  it("a catalog that is not JSON", () => {
    const fixture = makeContentRoot();
    fixture.write("messages/en.json", "{ not json");
    expect(problemsOf(fixture.root)[0]).toMatch(/^messages\/en\.json: .*JSON/);
  });

  it("a preview alt text left empty", () => {
    const fixture = makeContentRoot();
    fixture.edit(SITE_FILE, "  step: Un paso del camino hacia una primera contribución al código abierto", '  step: ""');
    expect(problemsOf(fixture.root)).toEqual([`${SITE_FILE}: previewAlt.step: Must not be empty`]);
  });

  it("a step missing from the article", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, /### Paso 3:[\s\S]*$/, "");
    expect(problemsOf(fixture.root)).toContain(`${ARTICLE_FILE}: body: no "### Paso 3: Sigue contribuyendo" heading for ${STEPS_FILE} steps[2] ("keep-contributing")`);
  });

  it("a step title that drifted from the article's heading", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "title: Sigue contribuyendo", "title: Sigue contribuyendo siempre");
    expect(problemsOf(fixture.root)).toEqual([
      `${STEPS_FILE}: steps[2].title: "Sigue contribuyendo siempre" does not match the article's heading "Paso 3: Sigue contribuyendo" in ${ARTICLE_FILE}`,
    ]);
  });

  it("a step heading missing from the middle of the article, reported once", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "### Paso 2: Abre tu primera pull request", "## Paso 2: Abre tu primera pull request");
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: body: no "### Paso 2: Abre tu primera pull request" heading for ${STEPS_FILE} steps[1] ("first-pull-request")`]);
  });

  it("article steps in a different order", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "### Paso 1:", "### Paso 0:");
    fixture.edit(ARTICLE_FILE, "### Paso 2:", "### Paso 1:");
    fixture.edit(ARTICLE_FILE, "### Paso 0:", "### Paso 2:");
    expect(problemsOf(fixture.root)).toEqual([
      `${ARTICLE_FILE}: body: heading "Paso 1: Abre tu primera pull request" is out of order`,
      `${STEPS_FILE}: steps[0].title: "Encuentra un proyecto que te acoja" does not match the article's heading "Paso 1: Abre tu primera pull request" in ${ARTICLE_FILE}`,
      `${STEPS_FILE}: steps[1].title: "Abre tu primera pull request" does not match the article's heading "Paso 2: Encuentra un proyecto que te acoja" in ${ARTICLE_FILE}`,
    ]);
  });

  it("an article step heading that repeats a number", () => {
    const fixture = makeContentRoot();
    fixture.write(ARTICLE_FILE, `${fixture.read(ARTICLE_FILE)}\n\n### Paso 3: Sigue contribuyendo\n\nOtra vez.\n`);
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: body: heading "Paso 3: Sigue contribuyendo" repeats step 3`]);
  });

  it("an article step with no step data", () => {
    const fixture = makeContentRoot();
    fixture.write(ARTICLE_FILE, `${fixture.read(ARTICLE_FILE)}\n\n### Paso 4: Enseña a otros\n\nComparte lo que aprendiste.\n`);
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: body: heading "Paso 4: Enseña a otros" has no step in ${STEPS_FILE}`]);
  });

  it.each(["someday", "2024-13-45", "2024-02-30", "1731000000", "2024-11-05T25:00:00Z"])("an invalid frontmatter date: %s", (date) => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "date: 2025-03-14T09:00:00Z", `date: ${date}`);
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: frontmatter.date: Invalid date: use an ISO 8601 date such as 2024-11-05T18:02:00Z`]);
  });

  it("a frontmatter date without a time", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "date: 2025-03-14T09:00:00Z", "date: 2025-03-14");
    expect(loadRoadmap(fixture.root).article.date).toBe("2025-03-14T00:00:00.000Z");
  });

  it("a missing frontmatter field", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "author: Ada Ejemplo\n", "");
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: frontmatter.author: Invalid input: expected string, received undefined`]);
  });

  it("broken frontmatter YAML", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "category: Código abierto", "category: [Código abierto");
    expect(problemsOf(fixture.root)[0]).toMatch(new RegExp(`^${ARTICLE_FILE}: frontmatter: `));
  });

  it("a permalink outside /blog/", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "permalink: /blog/:title/", "permalink: /posts/:title/");
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: frontmatter.permalink: Must look like "/blog/:title/" or "/blog/<slug>/"`]);
  });

  it("reports problems in every file at once", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "author: Ada Ejemplo\n", "");
    fixture.edit(STEPS_FILE, "url: https://opensource.guide/\n", "url: opensource-guide\n");
    fixture.edit(SITE_FILE, "label: Hoja de ruta para contribuir\n", "");
    expect(problemsOf(fixture.root)).toHaveLength(3);
  });

  it("summarises every problem in the error message", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://opensource.guide/\n", "url: opensource-guide\n");
    expect(() => loadRoadmap(fixture.root)).toThrow(`${STEPS_FILE}: steps[1].topics[1].resources[1].url: Invalid URL`);
  });
});

describe("loadRoadmap with a frontmatter image", () => {
  it("uses the image when the file exists under public/", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "layout: post", "layout: post\nimage: /img/cover.webp");
    fixture.write("public/img/cover.webp", "image");
    expect(loadRoadmap(fixture.root).article.image).toBe("/img/cover.webp");
  });

  it("shows no image that is missing from public/", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "layout: post", "layout: post\nimage: /img/missing.webp");
    expect(loadRoadmap(fixture.root).article.image).toBeNull();
  });

  it("ignores an image path that leaves public/", () => {
    const fixture = makeContentRoot();
    fixture.write("secret.webp", "not public");
    fixture.edit(ARTICLE_FILE, "layout: post", "layout: post\nimage: /../secret.webp");
    expect(loadRoadmap(fixture.root).article.image).toBeNull();
  });
});
