// Two pages have no layout, and so none of the messages the layout hands the client: the one Next.js
// shows when the root layout itself fails (app/global-error.tsx), and the proxy's answer to an
// address it cannot decode (proxy.ts). Their few words are settled at build time instead, from the
// site's catalog, and reach them inlined as the environment variable ROADMAP_STANDALONE_PAGES
// (next.config.ts sets it).
import type { Direction } from "./direction";
import type { CompiledMessages } from "./messages";

export type StandalonePages = { lang: string; dir: Direction; messages: CompiledMessages["errors"] };

/** What the standalone pages take of the site's catalog, as the environment variable holds it. */
export function standalonePages({ locale, direction, messages }: { locale: string; direction: Direction; messages: CompiledMessages }): string {
  return JSON.stringify({ lang: locale, dir: direction, messages: messages.errors } satisfies StandalonePages);
}

/** The words the build inlined (see above). */
export function readStandalonePages(inlined: string | undefined): StandalonePages {
  if (!inlined) throw new Error("ROADMAP_STANDALONE_PAGES was not inlined: next.config.ts sets it for builds and the development server");
  return JSON.parse(inlined) as StandalonePages;
}
