import { describe, expect, it } from "vitest";
import { readBody } from "./read-body";

const LIMIT = 10;

/** A streamed request body of `sizes` chunks, recording how far it was read and whether it was cancelled. */
function streamedRequest(sizes: readonly number[], headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  let next = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const size = sizes[next++];
        if (size === undefined) return controller.close();
        seen.pulled += 1;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  // Node's fetch needs `duplex` for a streamed body; the DOM types do not know it yet.
  const init: RequestInit & { duplex: "half" } = { method: "PUT", body, headers, duplex: "half" };
  const request = new Request("http://localhost/api/sync/v", init);
  return { request, seen };
}

describe("readBody", () => {
  it("returns a body of exactly the limit", async () => {
    const { request } = streamedRequest([4, 6]);
    expect(await readBody(request, LIMIT)).toEqual({ ok: true, text: "a".repeat(LIMIT) });
  });

  it("refuses one byte more, reading the rest of a modest upload so the connection stays usable", async () => {
    const { request, seen } = streamedRequest([6, 5, 7]);
    expect(await readBody(request, LIMIT)).toEqual({ ok: false, problem: "too-large" });
    expect(seen).toEqual({ pulled: 3, cancelled: false });
  });

  it("cancels an upload that goes on far past the limit", async () => {
    const { request, seen } = streamedRequest(Array.from({ length: 100 }, () => 5));
    expect(await readBody(request, LIMIT)).toEqual({ ok: false, problem: "too-large" });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(100);
  });

  it("refuses on the declared length, draining an honest one and cancelling a huge one unread", async () => {
    const modest = streamedRequest([11], { "content-length": "11" });
    expect(await readBody(modest.request, LIMIT)).toEqual({ ok: false, problem: "too-large" });
    expect(modest.seen).toEqual({ pulled: 1, cancelled: false });

    const huge = streamedRequest([5, 5], { "content-length": String(LIMIT * 100) });
    expect(await readBody(huge.request, LIMIT)).toEqual({ ok: false, problem: "too-large" });
    expect(huge.seen).toEqual({ pulled: 0, cancelled: true });
  });

  it("says when the body is not UTF-8", async () => {
    const request = new Request("http://localhost/", { method: "PUT", body: new Uint8Array([0xff, 0xfe]) });
    expect(await readBody(request, LIMIT)).toEqual({ ok: false, problem: "not-utf8" });
  });
});
