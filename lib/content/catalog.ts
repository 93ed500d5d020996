// Reads the interface's catalog for the site's locale from messages/<locale>.json, checks it against
// English's (the reference every catalog matches key for key) and compiles each message once, here on
// the server, so browsers never parse ICU syntax.
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { CompiledMessage, CompiledMessages } from "../i18n/messages";

export const MESSAGES_DIR = "messages";
export const REFERENCE_LOCALE = "en";

export const catalogFile = (locale: string) => `${MESSAGES_DIR}/${locale}.json`;

type Loaded<T> = { ok: true; value: T } | { ok: false; problems: string[] };
type RawCatalog = Record<string, Record<string, string>>;

/** The locales with a catalog, sorted: what site.yaml's `locale` may name. */
export function availableLocales(root: string): string[] {
  try {
    return fs
      .readdirSync(path.join(root, MESSAGES_DIR))
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .sort();
  } catch {
    return [];
  }
}

/** A catalog file's namespaces of messages, or what is wrong with its JSON or its shape. */
export function readCatalog(root: string, locale: string): Loaded<RawCatalog> {
  const file = catalogFile(locale);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    return { ok: false, problems: [`${file}: ${reason}`] };
  }
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isRecord(data)) return { ok: false, problems: [`${file}: must be an object of namespaces`] };
  const problems: string[] = [];
  for (const [namespace, messages] of Object.entries(data)) {
    if (!isRecord(messages)) problems.push(`${file}: ${namespace}: must be an object of messages`);
    else for (const [key, message] of Object.entries(messages)) if (typeof message !== "string" || !message.trim()) problems.push(`${file}: ${namespace}.${key}: must be a non-empty string`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: data as RawCatalog };
}

/** Plain text stays a string; a message with syntax becomes its AST. Throws the parser's error. */
export function compileMessage(message: string, locale: string): CompiledMessage {
  const ast: MessageFormatElement[] = parse(message, { locale: new Intl.Locale(locale) });
  if (ast.length === 0) return "";
  const [only] = ast;
  return ast.length === 1 && only?.type === TYPE.literal ? only.value : ast;
}

/**
 * The site's catalog, compiled. Every problem is named by file and key: a locale without a catalog
 * (with the locales there are), and whatever compareCatalog finds against English's.
 */
export function loadCatalog(root: string, locale: string, localeField: string): Loaded<CompiledMessages> {
  const available = availableLocales(root);
  if (!available.includes(locale)) {
    return { ok: false, problems: [`${localeField}: no catalog for "${locale}" (${catalogFile(locale)}); the catalogs are: ${available.join(", ") || "none"}`] };
  }
  const reference = readCatalog(root, REFERENCE_LOCALE);
  if (!reference.ok) return reference;
  const catalog = locale === REFERENCE_LOCALE ? reference : readCatalog(root, locale);
  if (!catalog.ok) return catalog;
  const problems = compareCatalog(locale, catalog.value, reference.value);
  if (problems.length) return { ok: false, problems };
  const compiled = Object.fromEntries(
    Object.entries(catalog.value).map(([namespace, messages]) => [namespace, Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compileMessage(message, locale)]))]),
  );
  return { ok: true, value: compiled as CompiledMessages };
}

/** What a message takes and how it branches: its arguments (by kind), tags, and each plural's or select's options. */
function shapeOf(ast: MessageFormatElement[], locale: string, shape = { arguments: new Map<string, string>(), branches: new Map<string, Set<string>>() }) {
  for (const element of ast) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        // {kind} inside `{kind, select, …}` names the same argument: the select says what it is.
        if (!shape.branches.has(element.value)) shape.arguments.set(element.value, TYPE[element.type]);
        break;
      case TYPE.tag:
        shape.arguments.set(`<${element.value}>`, "tag");
        shapeOf(element.children, locale, shape);
        break;
      case TYPE.plural:
      case TYPE.select: {
        const kind = element.type === TYPE.select ? "select" : element.pluralType === "ordinal" ? "selectordinal" : "plural";
        shape.arguments.set(element.value, kind);
        shape.branches.set(element.value, new Set(Object.keys(element.options)));
        for (const option of Object.values(element.options)) shapeOf(option.value, locale, shape);
        break;
      }
    }
  }
  return shape;
}

/**
 * Where a catalog's messages differ from English's in what a translation must keep: the keys, each
 * message's arguments and tags, a select's options, the exact (=0) cases of a plural, and its
 * categories, which must be exactly the ones `locale`'s own plural rules use (Arabic has six).
 */
export function compareCatalog(locale: string, catalog: RawCatalog, reference: RawCatalog): string[] {
  const problems: string[] = [];
  const file = catalogFile(locale);
  const keysOf = (messages: RawCatalog) => Object.entries(messages).flatMap(([namespace, entries]) => Object.keys(entries).map((key) => `${namespace}.${key}`));
  const messageAt = (messages: RawCatalog, id: string) => {
    const [namespace = "", key = ""] = id.split(".");
    return messages[namespace]?.[key];
  };
  for (const id of keysOf(reference)) if (messageAt(catalog, id) === undefined) problems.push(`${file}: ${id}: missing`);
  for (const id of keysOf(catalog)) if (messageAt(reference, id) === undefined) problems.push(`${file}: ${id}: not in ${catalogFile(REFERENCE_LOCALE)}`);

  for (const id of keysOf(reference)) {
    const message = messageAt(catalog, id);
    if (message === undefined) continue;
    let shape: ReturnType<typeof shapeOf>;
    try {
      shape = shapeOf(parse(message), locale);
    } catch (error) {
      problems.push(`${file}: ${id}: not a valid ICU message (${(error as Error).message})`);
      continue;
    }
    const expected = shapeOf(parse(messageAt(reference, id)!), REFERENCE_LOCALE);
    const describe = (args: Map<string, string>) => [...args].map(([name, kind]) => `${name}:${kind}`).sort().join(", ") || "none";
    if (describe(shape.arguments) !== describe(expected.arguments)) {
      problems.push(`${file}: ${id}: takes ${describe(shape.arguments)}, but English takes ${describe(expected.arguments)}`);
      continue;
    }
    for (const [argument, options] of expected.branches) {
      const kind = expected.arguments.get(argument);
      const own = shape.branches.get(argument) ?? new Set<string>();
      const sorted = (values: Iterable<string>) => [...values].sort().join(", ");
      if (kind === "select") {
        if (sorted(own) !== sorted(options)) problems.push(`${file}: ${id}: {${argument}, select} has options ${sorted(own)}; English has ${sorted(options)}`);
        continue;
      }
      const exact = (values: Iterable<string>) => [...values].filter((option) => option.startsWith("="));
      if (sorted(exact(own)) !== sorted(exact(options))) problems.push(`${file}: ${id}: {${argument}, ${kind}} has exact cases ${sorted(exact(own)) || "none"}; English has ${sorted(exact(options)) || "none"}`);
      const categories = new Intl.PluralRules(locale, { type: kind === "selectordinal" ? "ordinal" : "cardinal" }).resolvedOptions().pluralCategories;
      const ownCategories = [...own].filter((option) => !option.startsWith("="));
      if (sorted(ownCategories) !== sorted(categories)) problems.push(`${file}: ${id}: {${argument}, ${kind}} has categories ${sorted(ownCategories)}; ${locale} uses ${sorted(categories)}`);
    }
  }
  return problems;
}
