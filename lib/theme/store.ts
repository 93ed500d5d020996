// The theme in force: the <html data-theme> attribute that the head script set from storage, kept
// in sync with other tabs.
import { createExternalStore } from "../browser/external-store";
import { pageStorageKeys } from "../browser/storage-keys";
import { PAGE_BACKGROUND } from "./colors";
import { applyThemeColor, parseTheme, type Theme } from "./theme";

function applyTheme(theme: Theme): void {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  applyThemeColor(theme, PAGE_BACKGROUND);
}

export const themeStore = createExternalStore<Theme | null>({
  read: () => parseTheme(document.documentElement.dataset.theme),
  // Unknown until the browser has read storage: no option is shown as chosen in the HTML.
  serverValue: null,
  watch(changed) {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== pageStorageKeys().theme) return;
      applyTheme(parseTheme(event.newValue));
      changed();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  },
});

/** Applies a theme and remembers it in this browser. */
export function chooseTheme(theme: Theme): void {
  applyTheme(theme);
  try {
    const key = pageStorageKeys().theme;
    if (theme === "system") localStorage.removeItem(key);
    else localStorage.setItem(key, theme);
  } catch {
    // Not remembered in this browser (private mode); the choice still holds for this page.
  }
  themeStore.changed();
}
