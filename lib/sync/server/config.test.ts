import path from "node:path";
import { describe, expect, it } from "vitest";
import { syncConfig } from "./config";

const PG = "postgres://user:secret@db.example.com:5432/roadmap";

describe("syncConfig", () => {
  it("keeps vaults in .data/sync.db of the folder the server was started in, by default", () => {
    expect(syncConfig({})).toEqual({ enabled: true, backend: "sqlite", file: path.join(process.cwd(), ".data", "sync.db"), trustProxy: false });
    expect(syncConfig({ SERVER_START_DIR: "/srv/roadmap" })).toMatchObject({ file: "/srv/roadmap/.data/sync.db" });
  });

  it("resolves SYNC_DATA_DIR against that folder, or takes it as given when absolute", () => {
    expect(syncConfig({ SERVER_START_DIR: "/srv/roadmap", SYNC_DATA_DIR: "vaults" })).toMatchObject({ file: "/srv/roadmap/vaults/sync.db" });
    expect(syncConfig({ SERVER_START_DIR: "/srv/roadmap", SYNC_DATA_DIR: "/var/lib/roadmap" })).toMatchObject({ file: "/var/lib/roadmap/sync.db" });
  });

  it("uses PostgreSQL for a postgres:// or postgresql:// DATABASE_URL, and refuses any other", () => {
    expect(syncConfig({ DATABASE_URL: PG })).toEqual({ enabled: true, backend: "postgres", databaseUrl: PG, trustProxy: false });
    expect(syncConfig({ DATABASE_URL: "postgresql://localhost/roadmap" })).toMatchObject({ backend: "postgres" });
    expect(syncConfig({ DATABASE_URL: "mysql://localhost/roadmap" })).toMatchObject({ enabled: false, reason: expect.stringContaining("DATABASE_URL") });
    expect(syncConfig({ DATABASE_URL: "  " })).toMatchObject({ backend: "sqlite" });
  });

  it("is off with SYNC=off, and says so for a SYNC it does not know", () => {
    expect(syncConfig({ SYNC: "off", DATABASE_URL: PG })).toEqual({ enabled: false, reason: "SYNC is off." });
    expect(syncConfig({ SYNC: "OFF" })).toMatchObject({ enabled: false });
    expect(syncConfig({ SYNC: "on" })).toMatchObject({ enabled: true });
    expect(syncConfig({ SYNC: "maybe" })).toMatchObject({ enabled: false, reason: expect.stringContaining('"maybe"') });
  });

  it("on Vercel, is off without a database, and trusts the proxy's X-Forwarded-For", () => {
    expect(syncConfig({ VERCEL: "1" })).toMatchObject({ enabled: false, reason: expect.stringMatching(/Vercel.*DATABASE_URL/) });
    expect(syncConfig({ VERCEL: "1", DATABASE_URL: PG })).toMatchObject({ enabled: true, backend: "postgres", trustProxy: true });
    expect(syncConfig({ VERCEL: "1", DATABASE_URL: PG, TRUST_PROXY: "false" })).toMatchObject({ trustProxy: false });
  });

  it("trusts a proxy only when TRUST_PROXY says so, and refuses a value that is not a yes or a no", () => {
    expect(syncConfig({ TRUST_PROXY: "true" })).toMatchObject({ trustProxy: true });
    expect(syncConfig({ TRUST_PROXY: "1" })).toMatchObject({ trustProxy: true });
    expect(syncConfig({ TRUST_PROXY: "0" })).toMatchObject({ trustProxy: false });
    expect(syncConfig({ TRUST_PROXY: "yes please" })).toMatchObject({ enabled: false, reason: expect.stringContaining("TRUST_PROXY") });
  });
});
