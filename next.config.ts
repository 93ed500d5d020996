import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone for any Node host (see README, Deployment).
  output: "standalone",
  // The 404 page reads content/ when rendered at request time; make sure the standalone server has it.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
