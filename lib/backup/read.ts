import type { Backup } from "./backup";

/** Reads an export file's text (any version this site ever wrote); null if it is not one. Its parser loads only now. */
export async function readBackupFile(text: string): Promise<Backup | null> {
  return (await import("./parse")).parseBackupJson(text);
}
