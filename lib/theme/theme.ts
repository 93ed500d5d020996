// Light, dark, or the system's choice. A stored choice is applied by an inline script before first paint.
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_KEY = "ai-ml-roadmap:theme";

/** Runs in <head> before the page paints, so a stored theme never flashes the wrong colours. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function parseTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}
