// Reading notes from untrusted data (localStorage, imported files), validated with zod. Loaded by
// the browser only when there are notes stored to read.
import { parseJsonWith } from "../browser/json";
import { NotesSchema, type Notes } from "./schema";

/** Never throws: anything missing, corrupt, foreign or from a future version is null. */
export function parseNotes(data: unknown): Notes | null {
  const parsed = NotesSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Like parseNotes, from JSON text. */
export function parseNotesJson(text: string): Notes | null {
  return parseJsonWith(text, parseNotes);
}
