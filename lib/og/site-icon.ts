import { readFile } from "node:fs/promises";
import path from "node:path";

/** The site icon (app/icon.svg) as a data URL that next/og can draw, read at build time. */
export async function siteIconDataUrl(): Promise<string> {
  const svg = await readFile(path.join(process.cwd(), "app/icon.svg"));
  return `data:image/svg+xml;base64,${svg.toString("base64")}`;
}
