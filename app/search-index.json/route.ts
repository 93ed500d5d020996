import { getRoadmap } from "@/lib/content";
import { buildSearchEntries } from "@/lib/search/entries";

// Built once with the pages; fetched by the search box when it is first used, so no page carries it.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchEntries(getRoadmap().steps));
}
