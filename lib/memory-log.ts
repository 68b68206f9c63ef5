import { getHeapSpaceStatistics } from "node:v8";

/**
 * Debug aid for the RSS budget (docs/performance.md, "Memory"): with `GR_VOLG_MEM_LOG_MS` set, one JSON line
 * per interval on stderr with process.memoryUsage(), the V8 heap spaces and the two caches' kept bytes
 * (read from their globalThis holders, so this module does not pull the caches in). Off by default.
 */
export function startMemoryLog(): void {
  const ms = Number(process.env.GR_VOLG_MEM_LOG_MS ?? 0);
  if (!Number.isFinite(ms) || ms <= 0) return;
  const mb = (n: number) => Math.round(n / 1048576);
  const holder = globalThis as unknown as {
    __grVolgPublicCache?: { cache: { calculatedSize: number; size: number } };
    __grVolgResponseCache?: { cache: { calculatedSize: number; size: number } };
  };
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const spaces = Object.fromEntries(
      getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ""), mb(s.space_size)]),
    );
    const html = holder.__grVolgPublicCache?.cache;
    const resp = holder.__grVolgResponseCache?.cache;
    console.error(
      `[geheugen] ${JSON.stringify({
        t: Date.now(),
        rss: mb(m.rss),
        heapTotal: mb(m.heapTotal),
        heapUsed: mb(m.heapUsed),
        external: mb(m.external),
        arrayBuffers: mb(m.arrayBuffers),
        spaces,
        htmlCache: html ? { mb: mb(html.calculatedSize), entries: html.size } : null,
        responseCache: resp ? { mb: mb(resp.calculatedSize), entries: resp.size } : null,
      })}`,
    );
  }, ms);
  timer.unref();
}
