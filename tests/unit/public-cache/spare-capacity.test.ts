import { describe, expect, it } from "vitest";
import { waitForSpareCapacity } from "@/lib/public-cache/refresh-ahead";

/** Keeps the event loop busy: `sliceMs` of busy-waiting every ~5 ms, until stopped. */
function keepBusy(sliceMs: number) {
  const timer = setInterval(() => {
    const end = Date.now() + sliceMs;
    while (Date.now() < end) {}
  }, 5);
  return () => clearInterval(timer);
}

describe("refresh-ahead waits for spare capacity (lib/public-cache/refresh-ahead.ts)", () => {
  it("returns after one window when the loop is idle", async () => {
    await expect(waitForSpareCapacity(50, 0.5)).resolves.toBe(true);
  });

  it("keeps waiting while the loop is busy, and goes once the load drops", async () => {
    const stop = keepBusy(20);
    setTimeout(stop, 400);
    const started = Date.now();
    await expect(waitForSpareCapacity(50, 0.5)).resolves.toBe(true);
    // Not before the busy phase ended (a wall-clock lower bound: it cannot pass by being fast).
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it("gives up when the lane is no longer wanted (stopped)", async () => {
    const stop = keepBusy(20);
    let wanted = true;
    setTimeout(() => {
      wanted = false;
    }, 200);
    try {
      await expect(waitForSpareCapacity(50, 0.5, () => wanted)).resolves.toBe(false);
    } finally {
      stop();
    }
  });
});
