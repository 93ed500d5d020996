// After `next build`: put the static files beside the standalone server, which does not copy them itself.
import { cpSync, existsSync } from "node:fs";

const target = ".next/standalone";
if (!existsSync(`${target}/server.js`)) {
  console.error(`${target}/server.js is missing: run \`next build\` with output: "standalone" first.`);
  process.exit(1);
}
cpSync(".next/static", `${target}/.next/static`, { recursive: true });
if (existsSync("public")) cpSync("public", `${target}/public`, { recursive: true });
console.log(`Standalone server ready: node ${target}/server.js`);
