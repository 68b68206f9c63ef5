import type { NextConfig } from "next";
import { transportMaxBytes } from "./lib/storage/limits";

const nextConfig: NextConfig = {
  // Load PGlite (wasm + data files) and the schema engine from node_modules at runtime instead of
  // bundling/copying them (otherwise they would also be served as public static files).
  // @touch4it/ical-timezones reads its VTIMEZONE files next to its own __dirname, which a bundle moves.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@touch4it/ical-timezones",
  ],
  poweredByHeader: false,
  // Signed raadsbesluiten (PDF) are uploaded through server actions. Both transport limits sit well
  // above UPLOAD_MAX_BYTES so the app's own check answers "te groot" in the form; bodies above them
  // get a Dutch 413 from proxy.ts (see lib/storage/limits.ts for why).
  experimental: {
    serverActions: { bodySizeLimit: transportMaxBytes() },
    proxyClientMaxBodySize: transportMaxBytes(),
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
