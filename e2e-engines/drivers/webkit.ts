// WebKit (Safari's engine) through WebKitGTK's WebKitWebDriver, over classic W3C WebDriver: Debian's
// webkit2gtk-driver drives its MiniBrowser in automation mode, which needs a display (xvfb-run).
// The protocol is a handful of HTTP calls, so it is spoken here directly.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Engine, Key } from "./engine";

const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/libexec/webkit2gtk-4.1/MiniBrowser"];
/** The WebDriver spec's codes for the keys the scenarios press. */
const KEY_CODES: Record<Key, string> = { Tab: "\uE004", Enter: "\uE007", ArrowLeft: "\uE012", ArrowRight: "\uE014", Escape: "\uE00C" };
/** A W3C element reference's key. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

function miniBrowser(): string {
  const found = [process.env.WEBKIT_MINIBROWSER_PATH, ...MINIBROWSER].find((candidate) => candidate && fs.existsSync(candidate));
  if (found && fs.existsSync(DRIVER)) return found;
  throw new Error("No WebKitGTK WebDriver found for the cross-engine tests. On Debian/Ubuntu: `apt-get install -y webkit2gtk-driver xvfb`, then run under xvfb-run.");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForDriver(base: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${base}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not start on ${base}`);
}

export async function launchWebKit(): Promise<Engine> {
  if (!process.env.DISPLAY) throw new Error("WebKitGTK's MiniBrowser needs a display: run the cross-engine tests under xvfb-run (npm run test:engines does).");
  const binary = miniBrowser();
  const port = await freePort();
  const driver: ChildProcess = spawn(DRIVER, [`--port=${port}`], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitForDriver(base);

  async function command<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(base + path, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (value && typeof value === "object" && "error" in value && value.error) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  const { sessionId } = await command<{ sessionId: string }>("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary, args: ["--automation"] } } },
  }).catch((error: unknown) => {
    driver.kill();
    throw error;
  });
  const session = `/session/${sessionId}`;
  // Elements are looked for until they appear, for up to 5 s, as a person would wait for them.
  await command("POST", `${session}/timeouts`, { implicit: 5_000, pageLoad: 60_000, script: 30_000 });
  const element = async (selector: string) => (await command<Record<string, string>>("POST", `${session}/element`, { using: "css selector", value: selector }))[ELEMENT]!;
  /** The one button WebKit names `name` (WebDriver's Get Computed Label), looked for as long as an element is. */
  async function button(name: string): Promise<string> {
    for (const deadline = Date.now() + 5_000; ; await sleep(100)) {
      const buttons = await command<Record<string, string>[]>("POST", `${session}/elements`, { using: "css selector", value: 'button, [role="button"]' });
      const named: string[] = [];
      for (const { [ELEMENT]: id } of buttons) {
        // A button the page re-rendered meanwhile is stale: it is looked for again on the next round.
        const label = await command<string>("GET", `${session}/element/${id}/computedlabel`).catch(() => null);
        if (label === name) named.push(id!);
      }
      if (named.length > 1) throw new Error(`${named.length} buttons are named "${name}"`);
      if (named[0]) return named[0];
      if (Date.now() > deadline) throw new Error(`No button is named "${name}"`);
    }
  }
  async function clickElement(id: string) {
    // WebKitWebDriver scrolls an element into view with the page's own scroll-behavior, which is
    // smooth here, and then finds it still outside the view: bring it there at once first.
    await command("POST", `${session}/execute/sync`, { script: "arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", args: [{ [ELEMENT]: id }] });
    await command("POST", `${session}/element/${id}/click`, {});
  }

  return {
    name: "webkit",
    open: async (url) => void (await command("POST", `${session}/url`, { url })),
    reload: async () => void (await command("POST", `${session}/refresh`, {})),
    url: () => command<string>("GET", `${session}/url`),
    evaluate: <T>(body: string, ...args: unknown[]) => command<T>("POST", `${session}/execute/sync`, { script: body, args }),
    click: async (selector) => clickElement(await element(selector)),
    clickButton: async (name) => clickElement(await button(name)),
    type: async (selector, text) => void (await command("POST", `${session}/element/${await element(selector)}/value`, { text })),
    press: async (key) =>
      void (await command("POST", `${session}/actions`, {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: KEY_CODES[key] }, { type: "keyUp", value: KEY_CODES[key] }] }],
      })),
    async close() {
      await command("DELETE", session).catch(() => {});
      driver.kill();
    },
  };
}
