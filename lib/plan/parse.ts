// Reading a plan from untrusted data (localStorage, imported files), validated with zod. Loaded by
// the browser only when a plan is stored.
import { parseJsonWith } from "../browser/json";
import { sortDays } from "./plan";
import type { Plan } from "./schema";
import { PlanSchema } from "./schema";

/** Never throws: anything missing, corrupt, foreign or from a future version is null. */
export function parsePlan(data: unknown): Plan | null {
  const parsed = PlanSchema.safeParse(data);
  return parsed.success ? { ...parsed.data, days: sortDays(parsed.data.days) } : null;
}

/** Like parsePlan, from JSON text. */
export function parsePlanJson(text: string): Plan | null {
  return parseJsonWith(text, parsePlan);
}
