// Light, dark, or the system's choice. A stored choice is applied by an inline script before first paint.
import { PAGE_BACKGROUND } from "./colors";

export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Points the browser's toolbar colour (<meta name="theme-color">, one per colour scheme) at the
 * theme in force: a chosen theme overrides the system's in both. Self-contained, because the head
 * script below inlines its source.
 */
export function applyThemeColor(theme: string, colors: Record<"light" | "dark", string>): void {
  document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((meta) => {
    const scheme = theme === "light" || theme === "dark" ? theme : meta.media.includes("dark") ? "dark" : "light";
    meta.content = colors[scheme];
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
