// Notes as stored in the browser, and the schema untrusted copies of them must pass. Only
// lib/notes/parse.ts imports this at run time, and the browser loads that only when notes are stored.
import * as z from "zod/mini";
import { byStepAndTopic } from "../browser/stored-schema";
import { NOTE_MAX_LENGTH, NOTES_VERSION } from "./limits";

/** A topic's note: plain text, shown as text, never as Markdown or HTML. */
export const NoteTextsSchema = byStepAndTopic(z.string().check(z.maxLength(NOTE_MAX_LENGTH)));

/** Version 1: the note of each topic id of each step slug. */
export const NotesSchema = z.object({ version: z.literal(NOTES_VERSION), notes: NoteTextsSchema });

export type Notes = z.infer<typeof NotesSchema>;
