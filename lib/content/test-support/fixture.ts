import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROADMAP_DIR, STEPS_FILE } from "../load";

export const ARTICLE_FILE = `${ROADMAP_DIR}/5-steps-to-build-a-career-in-ai-and-machine-learning.md`;
const projectRoot = path.resolve(import.meta.dirname, "../../..");

/** A temporary project root holding a copy of the shipped content, for tests that break it on purpose. */
export function makeContentRoot(): { root: string; read: (file: string) => string; write: (file: string, text: string) => void; edit: (file: string, from: string | RegExp, to: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "roadmap-content-"));
  fs.cpSync(path.join(projectRoot, ROADMAP_DIR), path.join(root, ROADMAP_DIR), { recursive: true });
  const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const edit = (file: string, from: string | RegExp, to: string) => {
    const before = read(file);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit matched nothing in ${file}: ${String(from)}`);
    write(file, after);
  };
  return { root, read, write, edit };
}

export { STEPS_FILE };
