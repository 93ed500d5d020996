// Light, dark, or the system's choice. A stored choice is applied by an inline script before first paint.
import { PAGE_BACKGROUND } from "./colors";

export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Points the browser's toolbar colour at the theme in force. There is one <meta name="theme-color">
 * per colour scheme; a chosen theme makes its own apply always ("all") and the other never, and
 * System restores the media queries. Only `media` changes: React hydrates these tags by their
 * content, so changing that would make it add copies. Self-contained, because the head script below
 * inlines its source.
 */
export function applyThemeColor(theme: string, colors: Record<"light" | "dark", string>): void {
  document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((meta) => {
    const scheme = meta.content === colors.dark ? "dark" : "light";
    meta.media = theme === "light" || theme === "dark" ? (theme === scheme ? "all" : "not all") : `(prefers-color-scheme: ${scheme})`;
  });
}

/** Runs in <head> before the page paints, so a stored theme never flashes the wrong colours. */
export function themeScript(themeKey: string): string {
  // The theme-color metas may come after this script: they are set once the document is parsed.
  const themeColor = `(${applyThemeColor.toString()})(t,${JSON.stringify(PAGE_BACKGROUND)})`;
  return `try{var t=localStorage.getItem(${JSON.stringify(themeKey)});if(t==="light"||t==="dark"){document.documentElement.dataset.theme=t;document.addEventListener("DOMContentLoaded",function(){${themeColor}})}}catch(e){}`;
}

export function parseTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}
