import { getRoadmap } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/server";
import { buildSearchEntries } from "@/lib/search/entries";

// Built once with the pages; fetched by the search box when it is first used, so no page carries it.
export const dynamic = "force-static";

export function GET() {
  const t = getTranslator("step");
  return Response.json(buildSearchEntries(getRoadmap().steps, (step) => t("stepTitle", { number: step.number, title: step.title })));
}
