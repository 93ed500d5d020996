// Reading content/'s files: YAML validated by its schema, problems named by file and field. Shared
// by the roadmap's loader (./load.ts) and by what is settled before the build reads the roadmap
// (next.config.ts takes the site's catalog from here, without the Markdown pipeline).
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { directionOf } from "../i18n/direction";
import { loadCatalog } from "./catalog";
import { ContentError, describeIssues } from "./errors";
import { type Site, SiteSchema, StepsFileSchema, type StepData } from "./schema";

export const ROADMAP_DIR = "content/roadmap";
export const STEPS_FILE = `${ROADMAP_DIR}/steps.yaml`;
export const SITE_FILE = `${ROADMAP_DIR}/site.yaml`;

const YAML_OPTIONS = { prettyErrors: true, uniqueKeys: true, schema: "core" } as const;

/** Parses YAML, throwing its first error (with line and column): later ones are usually echoes of it. */
export function parseYaml(source: string): unknown {
  const document = YAML.parseDocument(source, YAML_OPTIONS);
  const [error] = document.errors;
  if (error) throw error;
  return document.toJS();
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The headline of a parser's multi-line message, without the code excerpt that follows it. */
export function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/:\s*$/, "");
}

export function readText(root: string, file: string): Parsed<string> {
  try {
    return { ok: true, value: fs.readFileSync(path.join(root, file), "utf8") };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    return { ok: false, problems: [`${file}: ${reason}`] };
  }
}

export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, prefix: PropertyKey[] = []): Parsed<z.output<S>> {
  const result = schema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: describeIssues(file, result.error.issues, prefix) };
}

function loadYaml<S extends z.ZodType>(root: string, file: string, schema: S): Parsed<z.output<S>> {
  const text = readText(root, file);
  if (!text.ok) return text;
  let data: unknown;
  try {
    data = parseYaml(text.value);
  } catch (error) {
    return { ok: false, problems: [`${file}: ${firstLine((error as Error).message)}`] };
  }
  return validate(schema, data, file);
}

export function loadSteps(root: string): Parsed<StepData[]> {
  const parsed = loadYaml(root, STEPS_FILE, StepsFileSchema);
  return parsed.ok ? { ok: true, value: parsed.value.steps } : parsed;
}

export function loadSite(root: string): Parsed<Site> {
  return loadYaml(root, SITE_FILE, SiteSchema);
}

/**
 * Only the site's locale, its direction and the interface's catalog, without the article: for what is
 * settled when the build starts (next.config), before any page reads the roadmap.
 */
export function loadSiteCatalog(root: string = process.cwd()) {
  const site = loadSite(root);
  if (!site.ok) throw new ContentError(site.problems);
  const messages = loadCatalog(root, site.value.locale, `${SITE_FILE}: locale`);
  if (!messages.ok) throw new ContentError(messages.problems);
  return { locale: site.value.locale, direction: directionOf(site.value.locale), messages: messages.value };
}
