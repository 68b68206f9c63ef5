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

describe("the shared level of a memo (other instances, dropped results)", () => {
  function sharedSetup(store = new Map<string, { version: string; bytes: Uint8Array }>()) {
    let version = "v1";
    let loads = 0;
    const make = <R>(value: () => R) =>
      memoByDataVersion(
        {
          max: 1,
          key: (slug: string) => slug,
          enabled: () => true,
          version: async () => version,
          shared: {
            name: "test/1",
            store: {
              read: async (key, v) => (store.get(key)?.version === v ? (store.get(key)?.bytes ?? null) : null),
              write: async (key, v, bytes) => void store.set(key, { version: v, bytes }),
            },
          },
        },
        async (_slug: string) => {
          loads++;
          return value();
        },
      );
    return { make, store, loads: () => loads, setVersion: (v: string) => (version = v) };
  }

  it("gives another instance the same result, dates and undefined kept, without computing it", async () => {
    const s = sharedSetup();
    const value = () => ({ on: new Date("2026-12-01T00:00:00Z"), none: undefined, list: [1, "twee"] });
    const first = await s.make(value)("a");
    const other = await s.make(value)("a");
    expect(other).toEqual(first);
    expect(other.on).toBeInstanceOf(Date);
    expect("none" in other).toBe(true);
    expect(s.loads()).toBe(1);
    expect([...s.store.keys()]).toEqual(["memo|test/1|a"]);
  });

  it("computes again at another version, and when a row cannot be read", async () => {
    const s = sharedSetup();
    await s.make(() => 1)("a");
    s.setVersion("v2");
    expect(await s.make(() => 2)("a")).toBe(2);
    s.store.set("memo|test/1|a", { version: "v2", bytes: new Uint8Array([1, 2, 3]) });
    expect(await s.make(() => 3)("a")).toBe(3);
    expect(s.loads()).toBe(3);
  });

  it("returns a result it cannot serialise, and keeps no row of it", async () => {
    const s = sharedSetup();
    const fn = () => 1;
    expect(await s.make(() => ({ fn }))("a")).toEqual({ fn });
    expect(s.store.size).toBe(0);
  });
});
