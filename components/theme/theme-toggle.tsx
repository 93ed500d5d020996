"use client";

import { useSyncExternalStore } from "react";
import { applyTheme, parseTheme, readTheme, THEME_KEY, THEMES, type Theme } from "@/lib/theme";

const LABELS: Record<Theme, string> = { light: "Light", dark: "Dark", system: "System" };
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed the theme: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY) return;
    applyTheme(parseTheme(event.newValue));
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function choose(theme: Theme) {
  applyTheme(theme);
  for (const listener of listeners) listener();
}

/** Light / dark / system, remembered across visits; the head script applies it before first paint. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => null);
  return (
    <fieldset className="theme-toggle js-only">
      <legend className="visually-hidden">Colour theme</legend>
      {THEMES.map((option) => (
        <label key={option} className="theme-toggle__option">
          <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => choose(option)} />
          <span>{LABELS[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
