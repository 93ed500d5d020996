// The words the site was built with: the tests read what they expect from the site's catalog
// (messages/<locale>.json), never from English literals, so the whole suite runs against a roadmap in
// any language.
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { loadRoadmap } from "../lib/content/load";
import type { MessageKey, MessageValues, Namespace } from "../lib/i18n/messages";
import { STATUS_MESSAGE_KEYS } from "../lib/progress/progress";
import type { TopicStatus } from "../lib/progress/statuses";

const { catalog } = loadRoadmap();
export const LOCALE = catalog.locale;
export const DIRECTION = catalog.direction;

/** `text` matched literally inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Stands for an argument whose value a test does not know: the message is matched with a pattern in its place. */
export const ANY = "\uE000";

/** The names of a message's <tags>, at any depth. */
function tagsOf(message: MessageFormatElement[]): string[] {
  return message.flatMap((element) => {
    if (element.type === TYPE.tag) return [element.value, ...tagsOf(element.children)];
    if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).flatMap((option) => tagsOf(option.value));
    return [];
  });
}

/** A message as the page shows it as text: its arguments filled in, and any <tag>…</tag> as its text alone. */
export function t<N extends Namespace>(namespace: N, key: MessageKey<N>, values: MessageValues = {}): string {
  const message = catalog.messages[namespace][key];
  if (message === undefined) throw new Error(`The catalog has no message "${namespace}.${key}"`);
  if (typeof message === "string") return message;
  const asText = Object.fromEntries(tagsOf(message).map((tag) => [tag, (chunks: unknown[]) => chunks.join("")]));
  const formatted = new IntlMessageFormat(message, LOCALE).format<string>({ ...values, ...asText });
  return Array.isArray(formatted) ? formatted.join("") : String(formatted);
}

/** A status's name as the controls and the map show it. */
export function statusName(status: TopicStatus): string {
  return t("progress", STATUS_MESSAGE_KEYS[status]);
}

/** A step's name as its page and search name it ("Step 1: Foundations"). */
export function stepName(step: { number: number; title: string }): string {
  return t("step", "stepTitle", { number: step.number, title: step.title });
}
