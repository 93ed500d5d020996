import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MESSAGES_DIR } from "../catalog";
import { ROADMAP_DIR, SITE_FILE, STEPS_FILE } from "../files";

const projectRoot = path.resolve(import.meta.dirname, "../../..");

/**
 * The example roadmap (content/example-roadmap), a second roadmap that belongs to the tests: the
 * bad-content tests break copies of it, so they never change when the shipped roadmap is edited.
 */
export const EXAMPLE_ROADMAP_DIR = "content/example-roadmap";
export const ARTICLE_FILE = `${ROADMAP_DIR}/3-pasos-hacia-tu-primera-contribucion-al-codigo-abierto.md`;

/** A temporary project root whose content/roadmap is a copy of `from` (the example roadmap unless told), with a copy of the catalogs, for tests that break it on purpose. */
export function makeContentRoot(from: string = EXAMPLE_ROADMAP_DIR): {
  root: string;
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  edit: (file: string, from: string | RegExp, to: string) => void;
} {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "roadmap-content-"));
  fs.cpSync(path.join(projectRoot, from), path.join(root, ROADMAP_DIR), { recursive: true });
  fs.cpSync(path.join(projectRoot, MESSAGES_DIR), path.join(root, MESSAGES_DIR), { recursive: true });
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

export { SITE_FILE, STEPS_FILE };
