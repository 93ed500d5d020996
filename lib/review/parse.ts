// Reading reviews from untrusted data (localStorage, imported files), validated with zod. Loaded by
// the browser only when reviews are stored.
import { parseJsonWith } from "../browser/json";
import { ReviewSchema, type Review } from "./schema";

/** Never throws: anything missing, corrupt, foreign or from a future version is null. */
export function parseReview(data: unknown): Review | null {
  const parsed = ReviewSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Like parseReview, from JSON text. */
export function parseReviewJson(text: string): Review | null {
  return parseJsonWith(text, parseReview);
}
