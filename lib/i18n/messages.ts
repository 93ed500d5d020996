// The interface's words: one catalog per locale in messages/<locale>.json, namespaced by the part of
// the interface that shows them. Isomorphic: the server formats with it, and so does every client
// component, from the compiled messages the server hands it (components/i18n).
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat, type FormatXMLElementFn, type PrimitiveType } from "intl-messageformat";
import { createElement, Fragment, type ReactNode } from "react";
import type en from "../../messages/en.json";

/** The catalog's shape, English's: every other catalog has exactly its namespaces and keys (lib/content/catalog.ts checks). */
export type Messages = typeof en;
export type Namespace = keyof Messages;
export type MessageKey<N extends Namespace> = keyof Messages[N] & string;

/**
 * A message ready to format: plain text as it is, anything with ICU syntax (plurals, selects,
 * arguments, tags) as the parser's AST, so that browsers format it without shipping the parser.
 */
export type CompiledMessage = string | MessageFormatElement[];
export type CompiledNamespace = Readonly<Record<string, CompiledMessage>>;
export type CompiledMessages = { readonly [N in Namespace]: CompiledNamespace };

/** The messages of some namespaces, with the locale that formats them: what a client subtree receives. */
export type PartialCatalog<N extends Namespace = Namespace> = {
  readonly locale: string;
  readonly messages: { readonly [M in N]: CompiledNamespace };
};

export type MessageValues = Record<string, PrimitiveType | Date>;
export type RichValues = Record<string, PrimitiveType | Date | ReactNode | FormatXMLElementFn<ReactNode>>;

export type Translator<N extends Namespace> = {
  /** The message as text, its arguments filled in. */
  (key: MessageKey<N>, values?: MessageValues): string;
  /** The message with its <tags> rendered by the functions given, for a link or emphasis inside a sentence. */
  rich(key: MessageKey<N>, values: RichValues): ReactNode;
  readonly locale: string;
};

/** Formats `namespace`'s messages in `locale`. Each message is compiled into a formatter once, when first used. */
export function createTranslator<N extends Namespace>(locale: string, namespace: N, messages: CompiledNamespace): Translator<N> {
  const formatters = new Map<string, IntlMessageFormat>();
  const formatterOf = (key: string): IntlMessageFormat | string => {
    const message = messages[key];
    if (message === undefined) throw new Error(`The catalog has no message "${namespace}.${key}"`);
    if (typeof message === "string") return message;
    let formatter = formatters.get(key);
    if (!formatter) formatters.set(key, (formatter = new IntlMessageFormat(message, locale)));
    return formatter;
  };
  const translate = (key: MessageKey<N>, values?: MessageValues): string => {
    const formatter = formatterOf(key);
    return typeof formatter === "string" ? formatter : String(formatter.format(values));
  };
  const rich = (key: MessageKey<N>, values: RichValues): ReactNode => {
    const formatter = formatterOf(key);
    if (typeof formatter === "string") return formatter;
    const parts = formatter.format<ReactNode>(values);
    // Parts are siblings in one list: React needs each to have a key.
    return Array.isArray(parts) ? parts.map((part, index) => createElement(Fragment, { key: index }, part)) : parts;
  };
  return Object.assign(translate, { rich, locale });
}
