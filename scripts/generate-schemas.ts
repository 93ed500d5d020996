// `npm run schemas`: writes the content files' JSON Schemas to content/schemas/ after a schema change.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateJsonSchemas, SCHEMA_DIR } from "../lib/content/json-schema";

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [file, text] of Object.entries(generateJsonSchemas())) {
  writeFileSync(path.join(SCHEMA_DIR, file), text);
  console.log(`wrote ${SCHEMA_DIR}/${file}`);
}
