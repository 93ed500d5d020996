// After `next build`: put the static files beside the standalone server, which does not copy them
// itself, and the entry point that puts the page cache in front of it.
import { cpSync, existsSync } from "node:fs";

const target = ".next/standalone";
if (!existsSync(`${target}/server.js`)) {
  console.error(`${target}/server.js is missing: run \`next build\` with output: "standalone" first.`);
  process.exit(1);
}
cpSync(".next/static", `${target}/.next/static`, { recursive: true });
if (existsSync("public")) cpSync("public", `${target}/public`, { recursive: true });
// The entry point that `npm start` runs: Next's server.js with the in-memory page cache in front.
for (const file of ["server.mjs", "page-cache.mjs"]) cpSync(`scripts/${file}`, `${target}/${file}`);
console.log(`Standalone server ready: node ${target}/server.mjs`);
