"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createTranslator, type Namespace, type PartialCatalog, type Translator } from "@/lib/i18n/messages";

const CatalogContext = createContext<PartialCatalog | null>(null);

/** Gives the client components below it these messages, on top of any an enclosing provider gives. */
export function MessagesProvider({ catalog, children }: { catalog: PartialCatalog<Namespace>; children: ReactNode }) {
  const outer = useContext(CatalogContext);
  const merged = useMemo(() => (outer ? { locale: catalog.locale, messages: { ...outer.messages, ...catalog.messages } } : catalog), [outer, catalog]);
  return <CatalogContext value={merged as PartialCatalog}>{children}</CatalogContext>;
}

/** Formats `namespace`'s messages in a client component. Its server parent must wrap it in <ClientMessages> with that namespace. */
export function useTranslations<N extends Namespace>(namespace: N): Translator<N> {
  const catalog = useContext(CatalogContext);
  return useMemo(() => {
    const messages = catalog?.messages[namespace];
    if (!catalog || !messages) throw new Error(`No "${namespace}" messages here: wrap this component in <ClientMessages namespaces={["${namespace}", …]}>`);
    return createTranslator(catalog.locale, namespace, messages);
  }, [catalog, namespace]);
}

/** The site's locale, for Intl formats in a client component. */
export function useLocale(): string {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error("No catalog here: wrap this component in <ClientMessages>");
  return catalog.locale;
}
