// The floor the pages are measured against: a bare Next.js App Router page with the same Next.js, the
// article's text as plain paragraphs, and no client components of its own. Built beside the project
// (Turbopack refuses a node_modules linked from outside its root, so node_modules is hard-linked in).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadRoadmap } from "../../lib/content/load";

/** The text of rendered Markdown, paragraph by paragraph. */
function paragraphs(html: string): string[] {
  return [...html.matchAll(/<(p|li|h\d)>([\s\S]*?)<\/\1>/g)].map(([, , inner]) => inner!.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/&amp;/g, "&").trim());
}

export function buildBareApp(projectRoot: string): string {
  const dir = path.join(os.tmpdir(), "roadmap-bench-bare");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  const { article, steps } = loadRoadmap(projectRoot);
  const text = [...paragraphs(article.introHtml), ...steps.flatMap((step) => [`Step ${step.number}: ${step.title}`, ...paragraphs(step.html)])];
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next-page", private: true }));
  writeFileSync(
    path.join(dir, "app/layout.jsx"),
    `export const metadata = { title: ${JSON.stringify(article.title)}, description: ${JSON.stringify(article.description)} };
export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }
`,
  );
  writeFileSync(
    path.join(dir, "app/page.jsx"),
    `const TEXT = ${JSON.stringify(text)};
export default function Page() { return <main><h1>${article.title.replace(/[<>{}]/g, "")}</h1>{TEXT.map((paragraph, index) => <p key={index}>{paragraph}</p>)}</main>; }
`,
  );
  cpSync(path.join(projectRoot, "app/favicon.ico"), path.join(dir, "app/favicon.ico"));
  const modules = path.join(dir, "node_modules");
  if (!existsSync(modules)) execFileSync("cp", ["-al", path.join(projectRoot, "node_modules"), modules]);
  execFileSync(path.join(modules, ".bin/next"), ["build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return dir;
}

/** `next start`, run as the server itself so that killing it stops it. */
export function startBareApp(dir: string, port: number): ChildProcess {
  return spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
