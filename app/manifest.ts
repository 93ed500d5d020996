import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content";
import { getLocale } from "@/lib/i18n/server";
import { APP_ICONS, appIconPath } from "@/lib/pwa/icons";
import { PAGE_BACKGROUND } from "@/lib/theme/colors";

/** The web app manifest (/manifest.webmanifest, linked from every page): what makes the site installable. */
export default function manifest(): MetadataRoute.Manifest {
  const site = getSite();
  const { locale, direction } = getLocale();
  return {
    id: "/",
    lang: locale,
    dir: direction,
    name: site.name,
    short_name: site.shortName,
    description: site.tagline,
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: PAGE_BACKGROUND.light,
    background_color: PAGE_BACKGROUND.light,
    icons: APP_ICONS.map((icon) => ({
      src: appIconPath(icon),
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.purpose,
    })),
  };
}
