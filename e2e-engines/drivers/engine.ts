// The thin layer the cross-engine scenarios are written against: what a learner does (open a page,
// click, type, press a key) and what a test reads (a script's result), in terms every automation
// protocol has. Firefox is driven over WebDriver BiDi (./firefox.ts), WebKit over classic WebDriver
// (./webkit.ts), Chromium, the second browser of a two-browser scenario, by Playwright
// (./chromium.ts); a scenario never knows which.

/** Keys the scenarios press, by their WebDriver names. */
export type Key = "Tab" | "Enter" | "ArrowLeft" | "ArrowRight" | "Escape";

export interface Engine {
  /** "firefox", "webkit" or "chromium", for skips and messages. */
  readonly name: string;
  /** Opens an absolute URL and waits for its load event. */
  open(url: string): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  /** The page's address now. */
  url(): Promise<string>;
  /** Runs `body` (a function body that may `return` a JSON value) in the page, with `args` as `arguments`. */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Clicks the element the selector finds, as a pointer would: scrolled into view, at its centre. */
  click(selector: string): Promise<void>;
  /** Clicks the one button whose accessible name, as the engine computes it, is `name`; waits up to 5 s for it to appear. */
  clickButton(name: string): Promise<void>;
  /** Types into the element the selector finds, key by key, after the text it has. */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key where the focus is. */
  press(key: Key): Promise<void>;
  close(): Promise<void>;
}

/** Starts the engine with a fresh profile: no storage, no service worker, nothing cached. */
export type LaunchEngine = () => Promise<Engine>;
