/**
 * og:locale is language_TERRITORY: the site's locale with its likeliest territory when it names
 * none ("en" → en_US, "pt-BR" → pt_BR, "ar" → ar_EG).
 */
export function openGraphLocale(locale: string): string {
  const { language, region } = new Intl.Locale(locale).maximize();
  return region ? `${language}_${region}` : language;
}
