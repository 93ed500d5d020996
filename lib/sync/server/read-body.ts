// A request body read up to a limit. The limit is enforced on the bytes as they arrive: Content-Length
// only lets an honest oversized request be refused before reading, since a chunked body declares none.

export type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: "too-large" | "not-utf8" };

export async function readBody(request: Request, limitBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limitBytes) return { ok: false, problem: "too-large" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > limitBytes) {
        // Stops the upload instead of reading the rest of it into nowhere.
        await reader.cancel();
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
