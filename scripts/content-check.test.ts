import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeContentRoot, STEPS_FILE } from "../lib/content/test-support/fixture";

const projectRoot = path.resolve(import.meta.dirname, "..");

/** Runs `npm run content:check`'s command with `cwd` as the project root whose content it checks. */
function contentCheck(cwd: string) {
  return spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(projectRoot, "scripts/content-check.ts")], { cwd, encoding: "utf8" });
}

describe("npm run content:check", () => {
  it("passes the shipped content", () => {
    const result = contentCheck(projectRoot);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Content OK: \"5 Steps to Build a Career in AI and Machine Learning\", 5 steps, 19 topics.");
  });

  it("exits non-zero and names the file and field of a problem", () => {
    const fixture = makeContentRoot();
    fixture.edit(STEPS_FILE, "https://arxiv.org/", "ftp://arxiv.org/");
    const result = contentCheck(fixture.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${STEPS_FILE}: steps[3].topics[0].resources[0].url: Invalid URL: must be an https:// address`);
  });
});
