import { spawn, type ChildProcess } from "node:child_process";
import { PAGE_CACHE_READY } from "../scripts/page-cache.mjs";

/** How long a server may take to fill its page cache: about 3 s on two idle cores. */
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export interface ProductionServer {
  readonly url: string;
  /** Resolves once the server has filled its page cache (as the main suite's webServer waits), so it answers as it will in steady state. */
  ready(): Promise<void>;
  /** Ends the process with a signal (SIGKILL: as a crash or a host's OOM killer would) and resolves once it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the process again, same port and environment, and waits until it is ready. */
  restart(): Promise<void>;
  /** Everything it printed, for error messages. */
  output(): string;
}

/**
 * Runs the built server, `.next/standalone/server.mjs`, in place as a child process of this one, on
 * its own port with its own environment, for tests and benches that must kill it, restart it or give
 * it another store. (e2e/standalone.ts runs a copy instead, for tests that change the deployed files.)
 */
export function startProductionServer({ port, env = {}, dir = ".next/standalone" }: { port: number; env?: Record<string, string>; dir?: string }): ProductionServer {
  let output = "";
  let child: ChildProcess;
  let readyOnce: Promise<void>;

  function start() {
    output = "";
    child = spawn(process.execPath, ["server.mjs"], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const current = child;
    readyOnce = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The server on port ${port} was not ready within ${READY_TIMEOUT_MS} ms:\n${output}`)), READY_TIMEOUT_MS);
      current.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(PAGE_CACHE_READY)) {
          clearTimeout(timer);
          resolve();
        }
      });
      current.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      current.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`The server on port ${port} exited (${signal ?? code}) before it was ready:\n${output}`));
      });
    });
    // A server killed on purpose before it was ready rejects this; whoever awaits ready() sees it.
    readyOnce.catch(() => {});
  }

  async function kill(signal: NodeJS.Signals = "SIGTERM") {
    const current = child;
    if (current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
    current.kill(signal);
    // A server still finishing requests after SIGTERM is not waited for long: a test's cleanup must end.
    const stubborn = setTimeout(() => current.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(stubborn);
  }

  start();
  return {
    url: `http://127.0.0.1:${port}`,
    ready: () => readyOnce,
    kill,
    async restart() {
      await kill();
      start();
      await readyOnce;
    },
    output: () => output,
  };
}
