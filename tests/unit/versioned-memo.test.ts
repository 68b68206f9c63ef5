import { describe, expect, it } from "vitest";
import { memoByDataVersion } from "@/lib/cache/versioned-memo";

function setup() {
  let version = "v1";
  let loads = 0;
  const memo = memoByDataVersion(
    { max: 10, key: (slug: string) => slug, enabled: () => true, version: async () => version },
    async (slug: string) => {
      loads++;
      if (slug === "kapot") throw new Error("mislukt");
      return { slug, load: loads };
    },
  );
  return { memo, loads: () => loads, setVersion: (v: string) => (version = v) };
}

describe("read models memoised per data version", () => {
  it("reuses a result while the version stays, per key", async () => {
    const s = setup();
    expect(await s.memo("a")).toEqual({ slug: "a", load: 1 });
    expect(await s.memo("a")).toEqual({ slug: "a", load: 1 });
    expect(await s.memo("b")).toEqual({ slug: "b", load: 2 });
    expect(s.loads()).toBe(2);
  });

  it("loads again as soon as the version moves (a write committed anywhere)", async () => {
    const s = setup();
    await s.memo("a");
    s.setVersion("v2");
    expect(await s.memo("a")).toEqual({ slug: "a", load: 2 });
  });

  it("shares one load between concurrent misses and does not keep failures", async () => {
    const s = setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => s.memo("a")));
    expect(new Set(results.map((r) => r.load))).toEqual(new Set([1]));
    await expect(s.memo("kapot")).rejects.toThrow("mislukt");
    await expect(s.memo("kapot")).rejects.toThrow("mislukt");
    expect(s.loads()).toBe(3);
  });

  it("is a plain call when switched off", async () => {
    let loads = 0;
    const memo = memoByDataVersion(
      { max: 10, key: () => "k", enabled: () => false, version: async () => "v" },
      async () => ++loads,
    );
    await memo();
    await memo();
    expect(loads).toBe(2);
  });

  it("keys each result by its own arguments' version: a move of one regeling keeps the other's result", async () => {
    const versions: Record<string, string> = { a: "a1", b: "b1" };
    let loads = 0;
    const memo = memoByDataVersion(
      { max: 10, key: (slug: string) => slug, enabled: () => true, version: async (slug: string) => versions[slug] },
      async (slug: string) => ({ slug, load: ++loads }),
    );
    await memo("a");
    await memo("b");
    versions.a = "a2";
    expect(await memo("a")).toEqual({ slug: "a", load: 3 });
    expect(await memo("b")).toEqual({ slug: "b", load: 2 });
  });
});
