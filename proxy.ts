import { NextResponse, type NextRequest } from "next/server";
import { createTranslator } from "@/lib/i18n/messages";
import { readStandalonePages } from "@/lib/i18n/standalone-pages";

// Next.js answers a path with malformed percent-encoding (/steps/%E0%A4%A) with a 500. Such a
// request is the client's mistake: answer 400 with a short page. The matcher keeps this off every
// path without a "%", so prerendered pages are served without running it.
export const config = { matcher: ["/:path(.*%.*)"] };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]!);

// next.config.ts inlines the words at build time, from the site's catalog (see lib/i18n/standalone-pages.ts).
const page = readStandalonePages(process.env.ROADMAP_STANDALONE_PAGES);
const t = createTranslator(page.lang, "errors", page.messages);
const BAD_REQUEST_PAGE = `<!DOCTYPE html><html lang="${escapeHtml(page.lang)}" dir="${page.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("badRequest"))}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><main><h1>${escapeHtml(t("badAddress"))}</h1><p>${escapeHtml(t("badAddressGarbled"))} <a href="/">${escapeHtml(t("backToRoadmap"))}</a></p></main></body></html>`;

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse(BAD_REQUEST_PAGE, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}
