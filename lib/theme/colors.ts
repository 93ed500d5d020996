// Colours that live outside the stylesheet: the browser's toolbar (theme-color), the installed
// app's splash screen (web app manifest) and the app icons. They match --bg and --accent in globals.css.
export const PAGE_BACKGROUND = { light: "#ffffff", dark: "#10121a" } as const;
export const BRAND_COLOR = "#4338ca";
