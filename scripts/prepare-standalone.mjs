// After `next build`: put beside the standalone server what it does not copy itself (the static
// files and public/), the production entry point with its page cache, and next.config.ts bundled
// into one JavaScript file, which that entry point's next() reads as any custom server does.
import { cpSync, existsSync } from "node:fs";
import { build } from "esbuild";

const target = ".next/standalone";
if (!existsSync(`${target}/server.js`)) {
  console.error(`${target}/server.js is missing: run \`next build\` with output: "standalone" first.`);
  process.exit(1);
}
cpSync(".next/static", `${target}/.next/static`, { recursive: true });
if (existsSync("public")) cpSync("public", `${target}/public`, { recursive: true });
for (const file of ["server.mjs", "require-node.mjs", "page-cache.mjs"]) cpSync(`scripts/${file}`, `${target}/${file}`);
await build({
  entryPoints: ["next.config.ts"],
  outfile: `${target}/next.config.js`,
  bundle: true,
  platform: "node",
  format: "cjs",
  // Next.js reads a CommonJS config from module.exports itself, not from its `default`.
  footer: { js: "module.exports = module.exports.default;" },
  logLevel: "warning",
});
console.log(`Standalone server ready: node ${target}/server.mjs`);
