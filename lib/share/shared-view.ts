// Which share link, if any, is on screen: the code from /#share=<code>. It is read from the URL on
// arrival and when a new share link is followed, and cleared only by the learner's choice, so other
// fragment changes (the skip link's #main) leave the shared view alone.
import { createExternalStore } from "../browser/external-store";
import { SHARE_PARAM } from "./share-code";

/** undefined until first read: a page that mounts the view later reads the URL afresh. */
let viewedCode: string | null | undefined;

function readShareCode(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get(SHARE_PARAM);
}

function readViewedCode(): string | null {
  viewedCode ??= readShareCode();
  return viewedCode;
}

export const sharedCodeStore = createExternalStore<string | null>({
  read: readViewedCode,
  serverValue: null,
  watch(changed) {
    readViewedCode();
    const onHashChange = () => {
      const code = readShareCode();
      if (code === null || code === viewedCode) return;
      viewedCode = code;
      changed();
    };
    window.addEventListener("hashchange", onHashChange);
    return () => {
      window.removeEventListener("hashchange", onHashChange);
      viewedCode = undefined;
    };
  },
});

/** Back to the learner's own progress: drops the share code from the address and the view. */
export function leaveSharedView(): void {
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  viewedCode = null;
  sharedCodeStore.changed();
}
