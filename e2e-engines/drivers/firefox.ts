// Firefox over WebDriver BiDi, with puppeteer-core launching the system's Firefox: Debian's
// firefox-esr, or FIREFOX_PATH. No download of a browser of its own, and no geckodriver.
import fs from "node:fs";
import puppeteer from "puppeteer-core";
import type { Engine, Key } from "./engine";
import { pageScript } from "./page-script";

const SYSTEM_FIREFOX = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];

export function firefoxExecutable(): string {
  const found = [process.env.FIREFOX_PATH, ...SYSTEM_FIREFOX].find((candidate) => candidate && fs.existsSync(candidate));
  if (found) return found;
  throw new Error("No Firefox found for the cross-engine tests. On Debian/Ubuntu: `apt-get install -y firefox-esr`, or set FIREFOX_PATH.");
}

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxExecutable(),
    headless: true,
    // A closed network: nothing of Firefox's own should try to reach out.
    extraPrefsFirefox: { "network.captive-portal-service.enabled": false, "network.connectivity-service.enabled": false, "browser.safebrowsing.update.enabled": false },
  });
  const [page = await browser.newPage()] = await browser.pages();
  return {
    name: "firefox",
    open: async (url) => void (await page.goto(url, { waitUntil: "load" })),
    reload: async () => void (await page.reload({ waitUntil: "load" })),
    url: async () => page.url(),
    // Evaluated by the protocol, so the page's Content-Security-Policy (no eval) does not apply.
    evaluate: async <T>(body: string, ...args: unknown[]) => (await page.evaluate(pageScript(body, args))) as T,
    click: (selector) => page.locator(selector).click(),
    // Puppeteer's ARIA query asks Firefox's accessibility tree (BiDi's locateNodes), so the name is Firefox's own.
    clickButton: (name) => page.locator(`::-p-aria([name=${JSON.stringify(name)}][role="button"])`).click(),
    type: (selector, text) => page.type(selector, text),
    press: (key: Key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}
