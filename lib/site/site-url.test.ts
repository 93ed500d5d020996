import { describe, expect, it } from "vitest";
import { absoluteUrl, getSiteUrl } from "./site-url";

describe("getSiteUrl", () => {
  it("uses SITE_URL, keeping only its origin", () => {
    expect(getSiteUrl({ SITE_URL: "https://roadmap.example.com/some/path/" }).href).toBe("https://roadmap.example.com/");
  });

  it("prefers SITE_URL over Vercel's variables", () => {
    expect(getSiteUrl({ SITE_URL: "https://roadmap.example.com", VERCEL_URL: "x.vercel.app" }).href).toBe("https://roadmap.example.com/");
  });

  it("uses the production URL on Vercel's production deployments, else the deployment's own URL", () => {
    const vercel = { VERCEL_PROJECT_PRODUCTION_URL: "roadmap.vercel.app", VERCEL_URL: "roadmap-abc123.vercel.app" };
    expect(getSiteUrl({ ...vercel, VERCEL_ENV: "production" }).href).toBe("https://roadmap.vercel.app/");
    expect(getSiteUrl({ ...vercel, VERCEL_ENV: "preview" }).href).toBe("https://roadmap-abc123.vercel.app/");
  });

  it("falls back to localhost on PORT for local runs", () => {
    expect(getSiteUrl({}).href).toBe("http://localhost:3000/");
    expect(getSiteUrl({ PORT: "8080" }).href).toBe("http://localhost:8080/");
  });

  it.each(["roadmap.example.com", "ftp://roadmap.example.com", "not a url"])("rejects SITE_URL=%j with a clear message", (value) => {
    expect(() => getSiteUrl({ SITE_URL: value })).toThrow(/^SITE_URL: .* is not an http\(s\) URL/);
  });

  it("makes absolute URLs", () => {
    expect(absoluteUrl("/steps/foundations", { SITE_URL: "https://roadmap.example.com" })).toBe("https://roadmap.example.com/steps/foundations");
  });
});
