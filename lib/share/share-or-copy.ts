// Sharing a URL from the browser: the Web Share API where the device has one, else the clipboard.
export type ShareOutcome = "shared" | "copied" | "cancelled" | "failed";

export async function shareOrCopy(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, url });
      return "shared";
    } catch (error) {
      // The person closed the share sheet: do nothing more. Any other failure falls back to copying.
      if ((error as DOMException).name === "AbortError") return "cancelled";
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return "copied";
  } catch {
    return "failed";
  }
}
