import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MINIMUM_NODE_MAJOR, nodeVersionProblem } from "./require-node.mjs";

describe("nodeVersionProblem", () => {
  it("names the version needed and the one running on an older Node.js", () => {
    expect(nodeVersionProblem("20.20.2", "/usr/bin/node")).toMatch(/needs Node\.js 24 or later; this is Node\.js 20\.20\.2 \(\/usr\/bin\/node\)\./);
    expect(nodeVersionProblem("22.13.0", "node")).toMatch(/this is Node\.js 22\.13\.0/);
    expect(nodeVersionProblem("23.11.1", "node")).not.toBeNull();
  });

  it("accepts Node.js 24 and later", () => {
    expect(nodeVersionProblem("24.0.0", "node")).toBeNull();
    expect(nodeVersionProblem("24.21.0", "node")).toBeNull();
    expect(nodeVersionProblem("26.1.0", "node")).toBeNull();
  });

  it("asks for what package.json's engines and .nvmrc say", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE_MAJOR}`);
    expect(readFileSync(".nvmrc", "utf8").trim()).toBe(String(MINIMUM_NODE_MAJOR));
  });
});
