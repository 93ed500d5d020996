import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJsonSchemas, SCHEMA_DIR } from "./json-schema";
import { SITE_FILE, STEPS_FILE } from "./files";
import { EXAMPLE_ROADMAP_DIR } from "./test-support/fixture";
import { startYamlLanguageServer } from "./test-support/yaml-language-server";

describe("the committed JSON Schemas", () => {
  it.each(Object.entries(generateJsonSchemas()))("%s matches the zod schemas (run `npm run schemas` after changing them)", (file, generated) => {
    expect(fs.readFileSync(path.join(SCHEMA_DIR, file), "utf8")).toBe(generated);
  });
});

describe("in an editor, through the YAML language server", () => {
  let server: Awaited<ReturnType<typeof startYamlLanguageServer>>;
  beforeAll(async () => {
    server = await startYamlLanguageServer();
  });
  afterAll(() => server.stop());

  it.each([STEPS_FILE, SITE_FILE, `${EXAMPLE_ROADMAP_DIR}/steps.yaml`, `${EXAMPLE_ROADMAP_DIR}/site.yaml`])("%s names its schema and has no problems", async (file) => {
    const text = fs.readFileSync(file, "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/\w+\.schema\.json$/m);
    expect(await server.diagnose(file, text)).toEqual([]);
  });

  it("underlines a mistake as the author types it", async () => {
    const file = `${EXAMPLE_ROADMAP_DIR}/steps.yaml`;
    const text = fs.readFileSync(file, "utf8").replace("kind: tool", "kind: video").replace("    summary: Convierte", "    sumary: Convierte");
    const messages = (await server.diagnose(file, text)).map((diagnostic) => diagnostic.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/Value is not accepted. Valid values: "tool"/), 'Property sumary is not allowed.', 'Missing property "summary".']));
  }, 20_000);

  it("offers the fields of a new resource", async () => {
    const file = `${EXAMPLE_ROADMAP_DIR}/steps.yaml`;
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const at = lines.findIndex((line) => line.includes("source: suggestion"));
    lines.splice(at + 1, 0, "          - ");
    const labels = await server.complete(file, lines.join("\n"), at + 1, 12);
    expect(labels).toEqual(expect.arrayContaining(["title", "url", "kind", "source"]));
  }, 20_000);
});
