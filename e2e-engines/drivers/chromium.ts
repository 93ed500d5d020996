// Chromium through Playwright, with the browser the end-to-end suite uses (e2e/browser.ts: the
// system's /usr/bin/chromium here, with its flags for a closed network): the second browser a
// two-browser scenario pairs Firefox with. Service workers are blocked, as in e2e/, so every page
// and every sync request reaches the server.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../e2e/browser";
import type { Engine, Key } from "./engine";
import { pageScript } from "./page-script";

export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
  return {
    name: "chromium",
    open: async (url) => void (await page.goto(url, { waitUntil: "load" })),
    reload: async () => void (await page.reload({ waitUntil: "load" })),
    url: async () => page.url(),
    // Evaluated by the protocol, so the page's Content-Security-Policy (no eval) does not apply.
    evaluate: async <T>(body: string, ...args: unknown[]) => (await page.evaluate(pageScript(body, args))) as T,
    click: (selector) => page.locator(selector).click(),
    clickButton: (name) => page.getByRole("button", { name, exact: true }).click(),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    press: (key: Key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}
