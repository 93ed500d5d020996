// Light, dark, or the system's choice. A stored choice is applied by an inline script before first paint.
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

/** Runs in <head> before the page paints, so a stored theme never flashes the wrong colours. */
export function themeScript(themeKey: string): string {
  return `try{var t=localStorage.getItem(${JSON.stringify(themeKey)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
}

export function parseTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}
