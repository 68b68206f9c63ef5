/**
 * How long a kept page or response may be served at an unchanged data version: a safety net only, since every
 * change through the app (and seed, restore, the scale generator, `gr-volg db cache-legen`) invalidates through
 * the version. Six hours, not minutes: at national scale (1,542 public pages and ~3,000 feeds and lists per
 * instance) a short age re-renders everything several times an hour for nothing (waves 11 and 12's quiet
 * benchmarks: a 10-minute age expired the warmed pages and responses before they were measured). One value for
 * the HTML cache (serve.ts) and the response cache (response-cache.ts), set with `PUBLIC_CACHE_MAX_AGE_S`.
 */
export const PUBLIC_CACHE_MAX_AGE_MS = Number(process.env.PUBLIC_CACHE_MAX_AGE_S ?? 21_600) * 1000;
