// A request body read up to a limit. The limit is enforced on the bytes as they arrive: Content-Length
// only lets an honest oversized request be refused before reading, since a chunked body declares none.
//
// An oversized body is still read to its end, up to a few times the limit, and thrown away. A server that
// answers before the upload has finished and then closes the connection with bytes still unread makes
// the client's TCP stack send a reset, which can destroy the 413 in flight or the next request on that
// kept-alive connection. Beyond that bound the upload is cancelled: it is no longer an honest mistake.

export type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: "too-large" | "not-utf8" };

const DRAIN_FACTOR = 4;

export async function readBody(request: Request, limitBytes: number): Promise<BodyResult> {
  const drainLimitBytes = limitBytes * DRAIN_FACTOR;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  const reader = request.body?.getReader();
  if (declared > limitBytes) {
    if (reader) await discard(reader, declared > drainLimitBytes ? 0 : drainLimitBytes);
    return { ok: false, problem: "too-large" };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader) {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > limitBytes) {
        await discard(reader, drainLimitBytes - total);
        return { ok: false, problem: "too-large" };
      }
      chunks.push(chunk.value);
    }
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks, total)) };
  } catch {
    return { ok: false, problem: "not-utf8" };
  }
}

/** Reads and drops up to `budgetBytes` more of a body, then cancels whatever is left. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, budgetBytes: number): Promise<void> {
  let remaining = budgetBytes;
  while (remaining > 0) {
    const chunk = await reader.read();
    if (chunk.done) return;
    remaining -= chunk.value.byteLength;
  }
  await reader.cancel();
}
