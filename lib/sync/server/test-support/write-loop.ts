// The child process of the crash test (sqlite-store.crash.test.ts): opens the SQLite store at the path
// it is given and writes to a few vaults as fast as it can, printing "<vault id> <version>" after each
// write the store has acknowledged, until it is killed.
import { openSqliteStore } from "../sqlite-store";
import { crashTestEnvelope, CRASH_TEST_TOKEN_HASH, crashTestVaultId } from "./backends";

const VAULTS = 4;

async function main(file: string) {
  const store = await openSqliteStore({ file });
  const versions = Array.from({ length: VAULTS }, () => 0);
  for (let write = 0; ; write += 1) {
    const vault = write % VAULTS;
    const id = crashTestVaultId(vault);
    const current = versions[vault] ?? 0;
    const result = await store.put(id, CRASH_TEST_TOKEN_HASH, crashTestEnvelope(id, current + 1), current === 0 ? "absent" : { version: current });
    if (!result.ok) throw new Error(`write ${write} to ${id} at version ${current} was refused`);
    versions[vault] = result.version;
    process.stdout.write(`${id} ${result.version}\n`);
  }
}

const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: write-loop.ts <database file>");
main(file).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
