import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startRoundRobinProxy } from "./round-robin-proxy.mjs";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const origin = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** An upstream that answers with its name, what it was sent, and the headers it saw. */
async function upstream(name: string) {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      response.setHeader("set-cookie", ["a=1", "b=2"]);
      response.writeHead(201, { "x-upstream": name, "content-type": "application/json" });
      response.end(JSON.stringify({ name, method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString() }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function proxy(upstreams: string[]) {
  const server = await startRoundRobinProxy(0, upstreams);
  servers.push(server);
  return origin(server);
}

describe("round-robin proxy", () => {
  it("sends each request to the next upstream in turn", async () => {
    const site = await proxy([origin(await upstream("one")), origin(await upstream("two"))]);
    const names = [];
    for (let request = 0; request < 5; request++) names.push((await fetch(`${site}/path?query`)).headers.get("x-upstream"));
    expect(names).toEqual(["one", "two", "one", "two", "one"]);
  });

  it("passes the method, path, body and headers on, Host included, and the answer back as it is", async () => {
    const site = await proxy([origin(await upstream("one"))]);
    const answer = await fetch(`${site}/api/sync?x=1`, { method: "PUT", body: "x".repeat(100_000), headers: { "if-match": '"3"', "x-custom": "kept" } });
    expect(answer.status).toBe(201);
    expect(answer.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    const seen = (await answer.json()) as { method: string; url: string; body: string; headers: Record<string, string> };
    expect(seen).toMatchObject({ method: "PUT", url: "/api/sync?x=1", body: "x".repeat(100_000) });
    expect(seen.headers).toMatchObject({ host: new URL(site).host, "if-match": '"3"', "x-custom": "kept" });
    expect(seen.headers).not.toHaveProperty("x-forwarded-for");
  });

  it("streams a request body: the upstream has the first part before the client sends the rest", async () => {
    let firstPart: (value: string) => void = () => {};
    const firstPartSeen = new Promise<string>((resolve) => (firstPart = resolve));
    const server = http.createServer((request, response) => {
      request.once("data", (chunk: Buffer) => firstPart(chunk.toString()));
      request.on("end", () => response.end("done"));
      request.resume();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const site = new URL(await proxy([origin(server)]));

    const request = http.request({ host: site.hostname, port: site.port, method: "POST", path: "/" });
    const answered = new Promise<string>((resolve) => request.on("response", (response) => response.setEncoding("utf8").on("data", resolve)));
    request.write("first ");
    expect(await firstPartSeen).toBe("first ");
    request.end("last");
    expect(await answered).toBe("done");
  });

  it("answers 502 when the upstream is down, and goes on to the next", async () => {
    const down = await upstream("down");
    const downOrigin = origin(down);
    await new Promise((resolve) => down.close(resolve));
    const site = await proxy([downOrigin, origin(await upstream("up"))]);
    expect((await fetch(site)).status).toBe(502);
    expect((await fetch(site)).headers.get("x-upstream")).toBe("up");
  });
});
