import { readFile } from "node:fs/promises";
import path from "node:path";

// Inter from the @fontsource/inter package: the preview images never download a font.
// Satori reads WOFF (not WOFF2). Read from node_modules at build time, when the images are prerendered.
const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/inter/files");

export async function loadOgFonts() {
  const [regular, bold] = await Promise.all(
    ["inter-latin-400-normal.woff", "inter-latin-700-normal.woff"].map((file) => readFile(path.join(FONT_DIR, file))),
  );
  return [
    { name: "Inter", data: regular!, weight: 400 as const, style: "normal" as const },
    { name: "Inter", data: bold!, weight: 700 as const, style: "normal" as const },
  ];
}
