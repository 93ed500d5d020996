// Drives the YAML language server (the one behind VS Code's YAML extension and other editors) over
// stdio, so tests see what an author's editor shows for a content file.
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; items?: unknown[]; diagnostics?: Diagnostic[] };
  result?: unknown;
}

export interface Diagnostic {
  range: { start: { line: number } };
  message: string;
}

const SERVER = path.resolve(import.meta.dirname, "../../../node_modules/yaml-language-server/bin/yaml-language-server");
const SETTINGS = { validate: true, completion: true, schemaStore: { enable: false } };

export async function startYamlLanguageServer() {
  const server = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
  const replies = new Map<number, (result: unknown) => void>();
  const diagnostics = new Map<string, (found: Diagnostic[]) => void>();
  let nextId = 0;
  let buffer = Buffer.alloc(0);

  function send(message: Message) {
    const body = JSON.stringify({ jsonrpc: "2.0", ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  function receive(message: Message) {
    if (message.method === "textDocument/publishDiagnostics" && message.params?.uri) {
      diagnostics.get(message.params.uri)?.(message.params.diagnostics ?? []);
    } else if (message.method === "workspace/configuration" && message.id !== undefined) {
      send({ id: message.id, result: message.params?.items?.map(() => SETTINGS) });
    } else if (message.method && message.id !== undefined) {
      send({ id: message.id, result: null });
    } else if (message.id !== undefined) {
      replies.get(message.id)?.(message.result);
      replies.delete(message.id);
    }
  }

  server.stdout.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      receive(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message);
      buffer = buffer.subarray(headerEnd + 4 + length);
    }
  });

  function request(method: string, params: object): Promise<unknown> {
    const id = ++nextId;
    return new Promise((resolve) => {
      replies.set(id, resolve);
      send({ id, method, params } as Message);
    });
  }

  await request("initialize", { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  send({ method: "initialized", params: {} });
  send({ method: "workspace/didChangeConfiguration", params: { settings: { yaml: SETTINGS } } } as Message);
  let version = 0;

  return {
    /** Opens `text` as the file at `file` (so its $schema comment resolves from there) and returns the problems the editor would underline. */
    diagnose(file: string, text: string): Promise<Diagnostic[]> {
      const uri = pathToFileURL(path.resolve(file)).href;
      const found = new Promise<Diagnostic[]>((resolve) => diagnostics.set(uri, resolve));
      send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: ++version, text } } } as Message);
      return found.finally(() => send({ method: "textDocument/didClose", params: { textDocument: { uri } } } as Message));
    },
    /** The field names the editor offers at a line and column of the file's text. */
    async complete(file: string, text: string, line: number, character: number): Promise<string[]> {
      const uri = pathToFileURL(path.resolve(file)).href;
      send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: ++version, text } } } as Message);
      const result = (await request("textDocument/completion", { textDocument: { uri }, position: { line, character } })) as { items?: { label: string }[] } | null;
      send({ method: "textDocument/didClose", params: { textDocument: { uri } } } as Message);
      return (result?.items ?? []).map((item) => item.label);
    },
    stop() {
      server.kill();
    },
  };
}
