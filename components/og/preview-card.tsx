import { ImageResponse } from "next/og";
import { loadOgFonts } from "@/lib/og/fonts";

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
export const OG_IMAGE_TYPE = "image/png";

interface PreviewCardProps {
  siteName: string;
  eyebrow: string;
  title: string;
  /** A line under the title, or chips (a step's topics). */
  subtitle?: string;
  chips?: string[];
  totalSteps: number;
  /** The step this card is for, highlighted on the path; none for the overview and article. */
  currentStep?: number;
}

const INDIGO = "#4338ca";
const INK = "#171a24";

/** The link-preview card, in the site's style: rendered by next/og (Satori, so flexbox only). */
function PreviewCard({ siteName, eyebrow, title, subtitle, chips = [], totalSteps, currentStep }: PreviewCardProps) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: "56px 72px", background: "linear-gradient(135deg, #ffffff 0%, #eceafd 100%)", fontFamily: "Inter", color: INK }}>
      <div style={{ display: "flex", alignItems: "center", fontSize: 30, fontWeight: 700 }}>
        <div style={{ display: "flex", width: 44, height: 44, borderRadius: 10, background: INDIGO, marginRight: 16 }} />
        {siteName}
      </div>
      <div style={{ display: "flex", marginTop: 44, fontSize: 28, fontWeight: 700, letterSpacing: 3, color: "#4d5566", textTransform: "uppercase" }}>{eyebrow}</div>
      <div style={{ display: "flex", marginTop: 12, fontSize: title.length > 48 ? 58 : 68, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
      {subtitle && <div style={{ display: "flex", marginTop: 24, fontSize: 30, lineHeight: 1.35, color: "#4d5566" }}>{subtitle}</div>}
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 28 }}>
        {chips.slice(0, 6).map((chip) => (
          <div key={chip} style={{ display: "flex", padding: "8px 18px", marginRight: 12, marginBottom: 12, borderRadius: 999, background: "#ffffff", border: `2px solid ${INDIGO}`, color: INDIGO, fontSize: 24 }}>
            {chip}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", alignItems: "center", marginTop: "auto" }}>
        {Array.from({ length: totalSteps }, (_, index) => index + 1).map((number) => (
          <div key={number} style={{ display: "flex", alignItems: "center" }}>
            <div style={{ display: "flex", alignItems: "center", justifyContent: "center", width: 48, height: 48, borderRadius: 24, fontSize: 24, fontWeight: 700, background: number === currentStep ? INDIGO : "#ffffff", color: number === currentStep ? "#ffffff" : INDIGO, border: `3px solid ${INDIGO}` }}>
              {number}
            </div>
            {number < totalSteps && <div style={{ display: "flex", width: 56, height: 4, background: INDIGO, opacity: 0.35 }} />}
          </div>
        ))}
      </div>
    </div>
  );
}

export async function renderPreviewCard(props: PreviewCardProps) {
  return new ImageResponse(<PreviewCard {...props} />, { ...OG_IMAGE_SIZE, fonts: await loadOgFonts() });
}
