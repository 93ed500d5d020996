import "server-only";
import { getRoadmap } from "../content";
import { createTranslator, type Namespace, type PartialCatalog, type Translator } from "./messages";

/** The site's locale and direction, for <html lang dir> and for Intl formats on the server. */
export function getLocale() {
  const { locale, direction } = getRoadmap().catalog;
  return { locale, direction };
}

/** Formats `namespace`'s messages in the site's locale, in a server component, a route or metadata. */
export function getTranslator<N extends Namespace>(namespace: N): Translator<N> {
  const { locale, messages } = getRoadmap().catalog;
  return createTranslator(locale, namespace, messages[namespace]);
}

/** Just these namespaces, for a client subtree: a client component receives only the messages it uses. */
export function pickCatalog<N extends Namespace>(namespaces: readonly N[]): PartialCatalog<N> {
  const { locale, messages } = getRoadmap().catalog;
  return { locale, messages: Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as PartialCatalog<N>["messages"] };
}
