import path from "node:path";
import { describe, expect, it } from "vitest";
import { availableLocales, compareCatalog, compileMessage, readCatalog, REFERENCE_LOCALE } from "../content/catalog";
import { createTranslator } from "./messages";

const root = path.resolve(import.meta.dirname, "../..");
const catalogOf = (locale: string) => {
  const read = readCatalog(root, locale);
  if (!read.ok) throw new Error(read.problems.join("\n"));
  return read.value;
};
const english = catalogOf(REFERENCE_LOCALE);

describe("the shipped catalogs", () => {
  it.each(availableLocales(root))("%s has English's keys, arguments, select options and its own plural categories", (locale) => {
    expect(compareCatalog(locale, catalogOf(locale), english)).toEqual([]);
  });
});

describe("compareCatalog", () => {
  const reference = { count: { topics: "{count, plural, =0 {No topics} one {# topic} other {# topics}}", hello: "Hello {name}", kind: "{kind, select, a {A} other {B}}" } };

  it("accepts a catalog with the same shape and the locale's own plural categories", () => {
    const arabic = {
      count: {
        topics: "{count, plural, =0 {لا مواضيع} zero {# موضوع} one {موضوع واحد} two {موضوعان} few {# مواضيع} many {# موضوعًا} other {# موضوع}}",
        hello: "مرحبًا {name}",
        kind: "{kind, select, a {أ} other {ب}}",
      },
    };
    expect(compareCatalog("ar", arabic, reference)).toEqual([]);
  });

  it("takes an argument used again inside its own select or plural for that select or plural", () => {
    const own = { count: { ...reference.count, kind: "{kind, select, a {A} other {{kind}}}" } };
    expect(compareCatalog("en", own, reference)).toEqual([]);
  });

  it("names each key missing or unknown, each argument renamed, each select option and plural category that differs", () => {
    const broken = { count: { topics: "{count, plural, one {# tema} other {# temas}}", kind: "{kind, select, a {A} b {B} other {C}}", extra: "Extra" } };
    expect(compareCatalog("es", broken, reference)).toEqual([
      "messages/es.json: count.hello: missing",
      "messages/es.json: count.extra: not in messages/en.json",
      "messages/es.json: count.topics: {count, plural} has exact cases none; English has =0",
      "messages/es.json: count.topics: {count, plural} has categories one, other; es uses many, one, other",
      "messages/es.json: count.kind: {kind, select} has options a, b, other; English has a, other",
    ]);
    const spanish = { topics: "{count, plural, =0 {Ningún tema} one {# tema} many {# de temas} other {# temas}}", kind: "{kind, select, a {A} other {B}}" };
    expect(compareCatalog("es", { count: { ...spanish, hello: "Hola {nombre}" } }, reference)).toEqual([
      "messages/es.json: count.hello: takes nombre:argument, but English takes name:argument",
    ]);
  });
});

describe("createTranslator", () => {
  const compiled = (messages: Record<string, string>, locale: string) => Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compileMessage(message, locale)]));

  it("formats plurals, numbers and dates by the locale's rules, from messages compiled on the server", () => {
    const messages = { topics: "{count, plural, one {# tema} many {# de temas} other {# temas}}", hours: "unas {hours, number, ::.#} h", day: "{day, date, long}", plain: "Hecho" };
    const t = createTranslator("es", "theme", compiled(messages, "es"));
    const format = t as unknown as (key: string, values?: Record<string, number | Date>) => string;
    expect(format("topics", { count: 1 })).toBe("1 tema");
    expect(format("topics", { count: 3 })).toBe("3 temas");
    expect(format("hours", { hours: 2.5 })).toBe("unas 2,5 h");
    expect(format("day", { day: new Date(2027, 2, 9) })).toBe("9 de marzo de 2027");
    expect(format("plain")).toBe("Hecho");
  });

  it("names the message a key lacks", () => {
    const t = createTranslator("en", "theme", {}) as unknown as (key: string) => string;
    expect(() => t("dark")).toThrow('The catalog has no message "theme.dark"');
  });
});
