import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import os from "node:os";
import path from "node:path";

/**
 * Starts a copy of .next/standalone alone, as it is deployed, on its own port: for tests that
 * change the deployed files (a damaged manifest, a new build) without touching the shared server.
 */
export function startStandaloneCopy(port: number, change: (dir: string) => void = () => {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "standalone-"));
  cpSync(".next/standalone", dir, { recursive: true });
  change(dir);
  let output = "";
  const start = () => {
    const child = spawn(process.execPath, ["server.mjs"], { cwd: dir, env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1" } });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    return child;
  };
  let server: ChildProcess = start();
  const url = `http://127.0.0.1:${port}`;
  const stopped = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill();
    });
  return {
    dir,
    url,
    /** Resolves once the server answers its home page. */
    async ready() {
      for (let attempt = 0; attempt < 300; attempt++) {
        const status = await new Promise<number>((resolve) => get(url, (response) => resolve(response.resume().statusCode ?? 0)).on("error", () => resolve(0)));
        if (status === 200) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`The standalone copy never answered on ${url}:\n${output}`);
    },
    /** Deploys a new build as a host would: the server stops, its files change, it starts again on the same port. */
    async redeploy(changeBuild: (dir: string) => void) {
      await stopped();
      changeBuild(dir);
      server = start();
      await this.ready();
    },
    output: () => output,
    running: () => server.exitCode === null,
    async stop() {
      await stopped();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
