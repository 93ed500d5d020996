import { ImageResponse } from "next/og";
import { siteIconDataUrl } from "@/lib/og/site-icon";
import { APP_ICONS } from "@/lib/pwa/icons";
import { BRAND_COLOR } from "@/lib/theme/colors";

// Prerendered at build: one PNG per icon the manifest lists, and nothing else.
export const dynamicParams = false;

export function generateStaticParams() {
  return APP_ICONS.map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const icon = APP_ICONS.find((candidate) => candidate.file === file)!;
  const mark = icon.purpose === "maskable" ? Math.round(icon.size * 0.8) : icon.size;
  return new ImageResponse(
    (
      <div style={{ display: "flex", width: "100%", height: "100%", alignItems: "center", justifyContent: "center", background: icon.purpose === "maskable" ? BRAND_COLOR : "transparent" }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws plain <img> */}
        <img src={await siteIconDataUrl()} width={mark} height={mark} alt="" />
      </div>
    ),
    { width: icon.size, height: icon.size },
  );
}
