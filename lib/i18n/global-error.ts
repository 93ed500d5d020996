// The page Next.js shows when the root layout itself fails has no layout, and so none of the
// messages the layout hands the client: its few words are settled at build time instead, from the
// site's catalog, and reach it inlined as the environment variable ROADMAP_GLOBAL_ERROR_PAGE
// (next.config.ts sets it, app/global-error.tsx reads it).
import type { Direction } from "./direction";
import type { CompiledMessages } from "./messages";

export type GlobalErrorPage = { lang: string; dir: Direction; messages: CompiledMessages["errors"] };

/** What the global error page takes of the site's catalog, as the environment variable holds it. */
export function globalErrorPage({ locale, direction, messages }: { locale: string; direction: Direction; messages: CompiledMessages }): string {
  return JSON.stringify({ lang: locale, dir: direction, messages: messages.errors } satisfies GlobalErrorPage);
}
