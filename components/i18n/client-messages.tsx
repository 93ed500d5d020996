import type { ReactNode } from "react";
import type { Namespace } from "@/lib/i18n/messages";
import { pickCatalog } from "@/lib/i18n/server";
import { MessagesProvider } from "./messages-provider";

/** Hands the client components inside it these namespaces of the site's catalog, and no others. */
export function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  return <MessagesProvider catalog={pickCatalog(namespaces)}>{children}</MessagesProvider>;
}
