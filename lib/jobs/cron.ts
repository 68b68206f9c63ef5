/**
 * An interval in minutes as a cron expression for pg-boss' schedule (minute resolution). Intervals
 * that do not divide an hour or a day are rounded down to the nearest one that does, so every
 * instance computes the same schedule from the same variable.
 */
export function cronForMinutes(minutes: number): string {
  const m = Math.max(1, Math.floor(minutes));
  if (m < 60) return `*/${largestDivisorAtMost(60, m)} * * * *`;
  const hours = Math.min(24, Math.floor(m / 60));
  if (hours >= 24) return "0 0 * * *";
  return `0 */${largestDivisorAtMost(24, hours)} * * *`;
}

function largestDivisorAtMost(whole: number, n: number): number {
  for (let d = Math.min(n, whole); d > 1; d--) if (whole % d === 0) return d;
  return 1;
}
