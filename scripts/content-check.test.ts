import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRoadmap } from "../lib/content/load";
import { makeContentRoot, STEPS_FILE } from "../lib/content/test-support/fixture";

const projectRoot = path.resolve(import.meta.dirname, "..");

/** Runs `npm run content:check`'s command with `cwd` as the project root whose content it checks. */
function contentCheck(cwd: string) {
  return spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(projectRoot, "scripts/content-check.ts")], { cwd, encoding: "utf8" });
}

describe("npm run content:check", () => {
  it("passes the shipped content and says what it found", () => {
    const { article, steps } = loadRoadmap();
    const topics = steps.reduce((sum, step) => sum + step.topics.length, 0);
    const result = contentCheck(projectRoot);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Content OK: "${article.title}" (en), steps: ${steps.length}, topics: ${topics}; catalogs: `);
  });

  it("names a problem in a catalog the site does not use", () => {
    const fixture = makeContentRoot();
    const english = JSON.parse(fixture.read("messages/en.json")) as Record<string, Record<string, string>>;
    fixture.write("messages/xx.json", JSON.stringify({ ...english, theme: { ...english.theme, dark: "Dark {mode}" } }));
    const result = contentCheck(fixture.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("messages/xx.json: theme.dark: takes mode:argument, but English takes none");
  });

  it("exits non-zero and names the file and field of a problem", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "url: https://opensource.guide/\n", "url: ftp://opensource.guide/\n");
    const result = contentCheck(fixture.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${STEPS_FILE}: steps[1].topics[1].resources[1].url: Invalid URL: must be an https:// address`);
  });
});
