// JSON Schemas of the content files, generated from the zod schemas so editors can complete fields
// and flag mistakes as an author types (the YAML files name them in a yaml-language-server comment).
// `npm run schemas` writes them to content/schemas/; a unit test fails when they are stale.
import { z } from "zod";
import { ArticleFrontmatterSchema, SiteSchema, StepsFileSchema } from "./schema";

export const SCHEMA_DIR = "content/schemas";

/** Each committed schema file and the zod schema it comes from. */
const SOURCES = {
  "steps.schema.json": { schema: StepsFileSchema, title: "Roadmap steps (content/roadmap/steps.yaml)" },
  "site.schema.json": { schema: SiteSchema, title: "Roadmap site settings (content/roadmap/site.yaml)" },
  "article-frontmatter.schema.json": { schema: ArticleFrontmatterSchema, title: "Article frontmatter (content/roadmap/<article>.md)" },
};

/** The text of every schema file, keyed by file name. Checks that JSON Schema cannot express (unique ids, the article cross-check) stay in the content check. */
export function generateJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SOURCES).map(([file, { schema, title }]) => {
      // Draft 7, which the YAML language server and most editors understand; the input side, which is what authors write.
      const json = z.toJSONSchema(schema, { target: "draft-7", io: "input", unrepresentable: "any" });
      return [file, `${JSON.stringify({ ...json, title }, null, 2)}\n`];
    }),
  );
}
