import type { NextConfig } from "next";
import { join } from "node:path";

// An empty Next.js app on the same next/react as GR-volg, to measure the framework's own
// first-load JavaScript (scripts/bench/run.mjs, docs/performance.md).
const nextConfig: NextConfig = { turbopack: { root: join(import.meta.dirname, "../../..") } };
export default nextConfig;
