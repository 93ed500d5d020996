// The installed app's icons, drawn at build time from the site icon (app/icon.svg): the manifest
// lists them and app/icons/[file] renders them.
export const APP_ICONS = [
  { file: "icon-192.png", size: 192, purpose: "any" },
  { file: "icon-512.png", size: 512, purpose: "any" },
  // A maskable icon fills its square: the platform crops it to its own shape (circle, squircle…),
  // so the mark sits inside the central 80% safe zone on the brand colour.
  { file: "maskable-512.png", size: 512, purpose: "maskable" },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

export const appIconPath = (icon: AppIcon) => `/icons/${icon.file}`;
