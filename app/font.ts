import localFont from "next/font/local";

/**
 * Inter, the typeface of the link previews too, self-hosted from @fontsource/inter: the two weights the
 * type scale uses. Chromium lays text out in a downloaded font without asking the system for it; on
 * Linux every system font instance is a synchronous round trip to the browser process, and those round
 * trips were most of the first layout's time (README).
 */
export const inter = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-inter",
  // A size-adjusted Arial stands in until Inter has loaded, so the swap barely moves the text.
  adjustFontFallback: "Arial",
  // Not preloaded: Chromium held the page's scripts back until the preloaded fonts had arrived, so they
  // came in, and were compiled, during the first layout, which then took two to four times its CPU time.
  preload: false,
});
