import { describe, expect, it } from "vitest";
import { openGraphLocale } from "./open-graph-locale";

describe("openGraphLocale", () => {
  it("writes the site's locale as language_TERRITORY, with the likeliest territory when it names none", () => {
    expect(["en", "pt-BR", "es", "ar", "zh-Hant"].map(openGraphLocale)).toEqual(["en_US", "pt_BR", "es_ES", "ar_EG", "zh_TW"]);
  });
});
