import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Load PGlite (wasm + data files) and the schema engine from node_modules at runtime instead of
  // bundling/copying them (otherwise they would also be served as public static files).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // Signed raadsbesluiten (PDF) are uploaded through server actions; the default body limit is
  // 1 MB. Keep this a little above UPLOAD_MAX_BYTES (10 MB by default).
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
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
