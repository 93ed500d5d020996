"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { useExternalStore } from "@/lib/browser/external-store";
import { chooseTheme, themeStore } from "@/lib/theme/store";
import { THEMES } from "@/lib/theme/theme";

/** Light / dark / system, remembered across visits; the head script applies it before first paint. */
export function ThemeToggle() {
  const theme = useExternalStore(themeStore);
  const t = useTranslations("theme");
  return (
    <div role="radiogroup" aria-label={t("groupLabel")} className="theme-toggle js-only">
      {THEMES.map((option) => (
        <label key={option} className="theme-toggle__option">
          <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => chooseTheme(option)} />
          <span>{t(option)}</span>
        </label>
      ))}
    </div>
  );
}
