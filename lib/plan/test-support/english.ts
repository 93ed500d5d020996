// The English catalog's messages of a namespace, compiled as the server compiles them: for unit tests
// of lib code that takes a translator, so that they check the English the interface shows.
import path from "node:path";
import { compileMessage, readCatalog, REFERENCE_LOCALE } from "../../content/catalog";
import { createTranslator, type Namespace, type Translator } from "../../i18n/messages";

const root = path.resolve(import.meta.dirname, "../../..");

export function englishTranslator<N extends Namespace>(namespace: N): Translator<N> {
  const catalog = readCatalog(root, REFERENCE_LOCALE);
  if (!catalog.ok) throw new Error(catalog.problems.join("\n"));
  const messages = Object.entries(catalog.value[namespace] ?? {}).map(([key, message]) => [key, compileMessage(message, REFERENCE_LOCALE)]);
  return createTranslator(REFERENCE_LOCALE, namespace, Object.fromEntries(messages));
}
