// A server killed in the middle of a write loses nothing it acknowledged: a child process writes in a
// loop (test-support/write-loop.ts) and is killed with SIGKILL; the file, opened again, holds every
// write the child reported and is consistent.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, expect, it } from "vitest";
import { openSqliteStore } from "./sqlite-store";
import { crashTestEnvelope } from "./test-support/backends";

const WRITE_LOOP = path.join(import.meta.dirname, "test-support/write-loop.ts");
/** Enough acknowledged writes that the kill lands in the middle of the loop, not at its start. */
const ACKS_BEFORE_KILL = 200;

const dir = mkdtempSync(path.join(tmpdir(), "sync-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the write loop until it has acknowledged enough writes, kills it, and returns what it acknowledged. */
function writeUntilKilled(file: string): Promise<Map<string, number>> {
  const child = spawn(process.execPath, ["--import", "tsx", WRITE_LOOP, file], { stdio: ["ignore", "pipe", "pipe"] });
  const acknowledged = new Map<string, number>();
  let count = 0;
  let pending = "";
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const [id = "", version = ""] = line.split(" ");
      acknowledged.set(id, Number(version));
      count += 1;
    }
    if (count >= ACKS_BEFORE_KILL) child.kill("SIGKILL");
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => (signal === "SIGKILL" ? resolve(acknowledged) : reject(new Error(`the write loop exited (${code}) before it was killed: ${errors}`))));
  });
}

it("keeps every acknowledged write when the writing process is killed mid-write", { timeout: 15_000 }, async () => {
  const file = path.join(dir, "sync.db");
  const acknowledged = await writeUntilKilled(file);
  expect([...acknowledged.values()].reduce((sum, version) => sum + version, 0)).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

  const check = new DatabaseSync(file);
  expect(check.prepare("PRAGMA integrity_check").all()).toEqual([{ integrity_check: "ok" }]);
  check.close();

  const store = await openSqliteStore({ file });
  try {
    for (const [id, version] of acknowledged) {
      const vault = await store.get(id);
      // A write may have committed just before the kill without being reported: never fewer.
      expect(vault?.version).toBeGreaterThanOrEqual(version);
      expect(vault?.envelope).toBe(crashTestEnvelope(id, vault?.version ?? 0));
    }
  } finally {
    await store.close();
  }
});
