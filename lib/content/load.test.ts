import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { loadRoadmap } from "./load";
import { ARTICLE_FILE, makeContentRoot, STEPS_FILE } from "./test-support/fixture";

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
  const roadmap = loadRoadmap();

  it("keeps the permanent step slugs, in order", () => {
    expect(roadmap.steps.map((step) => step.slug)).toEqual(["foundations", "ml-basics", "projects", "network", "specialize"]);
    expect(roadmap.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads the article's frontmatter and resolves its permalink", () => {
    expect(roadmap.article).toMatchObject({
      title: "5 Steps to Build a Career in AI and Machine Learning",
      author: "Shyam Mohan",
      category: "AIML",
      date: "2024-11-05T18:02:00.000Z",
      slug: "5-steps-to-build-a-career-in-ai-and-machine-learning",
      permalink: "/blog/5-steps-to-build-a-career-in-ai-and-machine-learning",
    });
  });

  it("shows no image that is missing from public/", () => {
    expect(roadmap.article.image).toBeNull();
  });

  it("splits the article into its intro and one section per step", () => {
    expect(roadmap.article.introHtml).toMatch(/^<p>Artificial Intelligence \(AI\) and Machine Learning/);
    expect(roadmap.article.introHtml).not.toContain("Step 1");
    const [foundations, , , , specialize] = roadmap.steps;
    expect(foundations?.html).toContain("<strong>Linear Algebra</strong>");
    expect(foundations?.html).toContain("Explore libraries like NumPy");
    expect(foundations?.html).not.toContain("AI and ML are data-driven fields");
    expect(specialize?.html).toContain("Consider pursuing advanced degrees");
  });

  it("gives every topic a kebab-case id and every resource an https URL", () => {
    for (const step of roadmap.steps) {
      for (const topic of step.topics) {
        expect(topic.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const resource of topic.resources) expect(new URL(resource.url).protocol).toBe("https:");
      }
    }
  });

  it("links the official site of every tool, library, platform and community the article names", () => {
    const hosts = new Set(roadmap.steps.flatMap((step) => step.topics.flatMap((topic) => topic.resources.map((resource) => new URL(resource.url).hostname))));
    const named = ["www.python.org", "numpy.org", "pandas.pydata.org", "www.tensorflow.org", "pytorch.org", "jupyter.org", "scikit-learn.org", "keras.io", "www.coursera.org", "www.edx.org", "www.kaggle.com", "github.com", "www.linkedin.com", "www.reddit.com", "discord.com"];
    expect(named.filter((host) => !hosts.has(host))).toEqual([]);
  });
});

describe("loadRoadmap rejects bad content, naming the file and field", () => {
  it("an invalid resource URL", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "https://www.kaggle.com/competitions", "not a url");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[2].topics[0].resources[0].url: Invalid URL: must be an https:// address`]);
  });

  it.each([
    ["whitespace", "https://numpy.org/doc stable/", "Invalid URL: contains whitespace"],
    ["credentials", "https://user:pw@numpy.org/doc/stable/", "Invalid URL: must not contain a user name or password"],
  ])("a resource URL with %s", (_, url, message) => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://numpy.org/doc/stable/", `url: "${url}"`);
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[0].topics[4].resources[0].url: ${message}`]);
  });

  it("a duplicate resource URL within a topic", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://docs.python.org/3/tutorial/", "url: https://www.python.org/");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[0].topics[3].resources[1].url: Duplicate url "https://www.python.org/"`]);
  });

  it("a plain http resource URL", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "https://jupyter.org/", "http://jupyter.org/");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[1].topics[2].resources[0].url: Invalid URL: must be an https:// address`]);
  });

  it("a missing field", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "    summary: Gain the practical experience that is crucial for breaking into the field.\n", "");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[2].summary: Invalid input: expected string, received undefined`]);
  });

  it("an unknown resource kind", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "kind: tutorial", "kind: video");
    expect(problemsOf(fixture.root)[0]).toMatch(new RegExp(`^${STEPS_FILE}: steps\\[4\\]\\.topics\\[0\\]\\.resources\\[0\\]\\.kind: Invalid option`));
  });

  it("a topic id that is not kebab-case", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "id: calculus", "id: Calculus");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[0].topics[2].id: Must be kebab-case: lowercase letters, digits and single hyphens`]);
  });

  it("a duplicate topic id within a step", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "id: calculus", "id: linear-algebra");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[0].topics[2].id: Duplicate id "linear-algebra"`]);
  });

  it("a duplicate step slug", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "slug: network", "slug: projects");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[3].slug: Duplicate slug "projects"`]);
  });

  it("a step numbered out of order", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "number: 4", "number: 7");
    expect(problemsOf(fixture.root)).toContain(`${STEPS_FILE}: steps[3].number: Expected 4: steps are numbered 1, 2, 3… in file order`);
  });

  it("an unknown field, which is usually a typo", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "    summary: Stay informed", "    sumary: typo\n    summary: Stay informed");
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: steps[3]: Unrecognized key: "sumary"`]);
  });

  it("broken YAML", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "  - slug: projects\n", "  - slug: projects\n   number: [\n");
    const [problem] = problemsOf(fixture.root);
    expect(problem).toMatch(new RegExp(`^${STEPS_FILE}: .*line \\d+, column \\d+`));
  });

  it("a missing step data file", () => {
    const fixture = makeContentRoot();
    fs.rmSync(path.join(fixture.root, STEPS_FILE));
    expect(problemsOf(fixture.root)).toEqual([`${STEPS_FILE}: file not found`]);
  });

  it("a step missing from the article", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, /### \*\*Step 5:[\s\S]*$/, "");
    expect(problemsOf(fixture.root)).toEqual([
      `${ARTICLE_FILE}: body: no "### Step 5: Specialize and Pursue Advanced Learning" heading for ${STEPS_FILE} steps[4] ("specialize")`,
    ]);
  });

  it("a step title that drifted from the article's heading", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "title: Build Real-World Projects", "title: Build Real World Projects");
    expect(problemsOf(fixture.root)).toEqual([
      `${STEPS_FILE}: steps[2].title: "Build Real World Projects" does not match the article's heading "Step 3: Build Real-World Projects" in ${ARTICLE_FILE}`,
    ]);
  });

  it("a step heading missing from the middle of the article, reported once", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "### **Step 3: Build Real-World Projects**", "## Step 3: Build Real-World Projects");
    expect(problemsOf(fixture.root)).toEqual([
      `${ARTICLE_FILE}: body: no "### Step 3: Build Real-World Projects" heading for ${STEPS_FILE} steps[2] ("projects")`,
    ]);
  });

  it("article steps in a different order", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "### **Step 2:", "### **Step 0:");
    fixture.edit(ARTICLE_FILE, "### **Step 3:", "### **Step 2:");
    fixture.edit(ARTICLE_FILE, "### **Step 0:", "### **Step 3:");
    expect(problemsOf(fixture.root)).toEqual([
      `${ARTICLE_FILE}: body: heading "Step 2: Build Real-World Projects" is out of order`,
      `${STEPS_FILE}: steps[1].title: "Gain Knowledge in Data Science and Machine Learning Basics" does not match the article's heading "Step 2: Build Real-World Projects" in ${ARTICLE_FILE}`,
      `${STEPS_FILE}: steps[2].title: "Build Real-World Projects" does not match the article's heading "Step 3: Gain Knowledge in Data Science and Machine Learning Basics" in ${ARTICLE_FILE}`,
    ]);
  });

  it("an article step heading that repeats a number", () => {
    const fixture = makeContentRoot();
    fixture.write(ARTICLE_FILE, `${fixture.read(ARTICLE_FILE)}\n\n### Step 5: Specialize and Pursue Advanced Learning\n\nAgain.\n`);
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: body: heading "Step 5: Specialize and Pursue Advanced Learning" repeats step 5`]);
  });

  it("an article step with no step data", () => {
    const fixture = makeContentRoot();
    fixture.write(ARTICLE_FILE, `${fixture.read(ARTICLE_FILE)}\n\n### Step 6: Teach Others\n\nShare what you learned.\n`);
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: body: heading "Step 6: Teach Others" has no step in ${STEPS_FILE}`]);
  });

  it.each(["someday", "2024-13-45", "2024-02-30", "1731000000", "2024-11-05T25:00:00Z"])("an invalid frontmatter date: %s", (date) => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "date: 2024-11-05T18:02:00.000Z", `date: ${date}`);
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: frontmatter.date: Invalid date: use an ISO 8601 date such as 2024-11-05T18:02:00Z`]);
  });

  it("a frontmatter date without a time", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "date: 2024-11-05T18:02:00.000Z", "date: 2024-11-05");
    expect(loadRoadmap(fixture.root).article.date).toBe("2024-11-05T00:00:00.000Z");
  });

  it("a missing frontmatter field", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "author: Shyam Mohan\n", "");
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: frontmatter.author: Invalid input: expected string, received undefined`]);
  });

  it("broken frontmatter YAML", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "category: AIML", "category: [AIML");
    expect(problemsOf(fixture.root)[0]).toMatch(new RegExp(`^${ARTICLE_FILE}: frontmatter: `));
  });

  it("a permalink outside /blog/", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "permalink: /blog/:title/", "permalink: /posts/:title/");
    expect(problemsOf(fixture.root)).toEqual([`${ARTICLE_FILE}: frontmatter.permalink: Must look like "/blog/:title/" or "/blog/<slug>/"`]);
  });

  it("reports problems in both files at once", () => {
    const fixture = makeContentRoot();
    fixture.edit(ARTICLE_FILE, "author: Shyam Mohan\n", "");
    fixture.edit(STEPS_FILE, "https://arxiv.org/", "arxiv");
    expect(problemsOf(fixture.root)).toHaveLength(2);
  });

  it("summarises every problem in the error message", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "https://arxiv.org/", "arxiv");
    expect(() => loadRoadmap(fixture.root)).toThrow(`${STEPS_FILE}: steps[3].topics[0].resources[0].url: Invalid URL`);
  });
});

describe("loadRoadmap with a frontmatter image", () => {
  it("uses the image when the file exists under public/", () => {
    const fixture = makeContentRoot();
    fixture.write("public/img/blogs/5-steps-to-build-a-career-in-ai-and-machine-learning.webp", "image");
    expect(loadRoadmap(fixture.root).article.image).toBe("/img/blogs/5-steps-to-build-a-career-in-ai-and-machine-learning.webp");
  });

  it("ignores an image path that leaves public/", () => {
    const fixture = makeContentRoot();
    fixture.write("secret.webp", "not public");
    fixture.edit(ARTICLE_FILE, /image: .*/, "image: /../secret.webp");
    expect(loadRoadmap(fixture.root).article.image).toBeNull();
  });
});
