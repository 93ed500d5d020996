"use client";

import { useExternalStore } from "@/lib/browser/external-store";
import { chooseTheme, themeStore } from "@/lib/theme/store";
import { THEMES, type Theme } from "@/lib/theme/theme";

const LABELS: Record<Theme, string> = { light: "Light", dark: "Dark", system: "System" };

/** Light / dark / system, remembered across visits; the head script applies it before first paint. */
export function ThemeToggle() {
  const theme = useExternalStore(themeStore);
  return (
    <div role="radiogroup" aria-label="Colour theme" className="theme-toggle js-only">
      {THEMES.map((option) => (
        <label key={option} className="theme-toggle__option">
          <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => chooseTheme(option)} />
          <span>{LABELS[option]}</span>
        </label>
      ))}
    </div>
  );
}
