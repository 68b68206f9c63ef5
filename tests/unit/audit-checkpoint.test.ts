import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkKey,
  checkpointMessage,
  checkpointSignatureValid,
  signCheckpoint,
} from "@/lib/services/audit-checkpoint-sign";
import { checkpointKeyFile, resolveCheckpointKey } from "@/lib/services/audit-checkpoint-key";
import { checkpointBucket } from "@/lib/services/audit-checkpoint-schedule";

const KEY = "k".repeat(32);
const cp = {
  lastEventId: BigInt(1234),
  lastHash: "a".repeat(64),
  eventCount: BigInt(1200),
  createdAt: new Date("2026-12-01T09:00:00.123Z"),
};

describe("checkpoint signatures", () => {
  it("signs a fixed text of every field, and verifies only the exact checkpoint with the same key", () => {
    expect(checkpointMessage(cp)).toBe(
      `gr-volg-audit-checkpoint-v1\n1234\n${"a".repeat(64)}\n1200\n2026-12-01T09:00:00.123Z`,
    );
    const signature = signCheckpoint(KEY, cp);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(checkpointSignatureValid(KEY, { ...cp, signature })).toBe(true);
    expect(checkpointSignatureValid("x".repeat(32), { ...cp, signature })).toBe(false);
    for (const changed of [
      { lastEventId: BigInt(1233) },
      { lastHash: "b".repeat(64) },
      { eventCount: BigInt(1199) },
      { createdAt: new Date("2026-12-01T09:00:00.124Z") },
    ]) {
      expect(checkpointSignatureValid(KEY, { ...cp, ...changed, signature })).toBe(false);
    }
  });

  it("treats a malformed signature as invalid instead of throwing", () => {
    for (const signature of ["", "zz", "A".repeat(64), signCheckpoint(KEY, cp).slice(0, 62)]) {
      expect(checkpointSignatureValid(KEY, { ...cp, signature })).toBe(false);
    }
  });

  it("refuses a short key with a Dutch reason", () => {
    expect(checkKey("kort")).toMatch(/te kort/);
    expect(checkKey(KEY)).toBeNull();
  });
});

describe("checkpoint key outside the database", () => {
  it("takes AUDIT_CHECKPOINT_KEY first", () => {
    expect(resolveCheckpointKey({ AUDIT_CHECKPOINT_KEY: KEY, DATABASE_URL: "postgresql://u:p@h/db" })).toEqual({
      key: KEY,
    });
    expect(resolveCheckpointKey({ AUDIT_CHECKPOINT_KEY: "kort" })).toMatchObject({
      key: null,
      reason: expect.stringMatching(/te kort/),
    });
  });

  it("on PostgreSQL without the variable: no key, with the reason", () => {
    expect(resolveCheckpointKey({ DATABASE_URL: "postgresql://u:p@h/db" })).toMatchObject({
      key: null,
      reason: expect.stringMatching(/AUDIT_CHECKPOINT_KEY/),
    });
  });

  it("for the embedded quick start: a generated key file in .data/, private, stable", () => {
    const cwd = mkdtempSync(join(tmpdir(), "grv-sleutel-"));
    const env = { DATABASE_URL: "pglite:./.data/pglite" };
    expect(resolveCheckpointKey(env, { cwd })).toMatchObject({ key: null });
    const created = resolveCheckpointKey(env, { cwd, create: true });
    expect(created.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(checkpointKeyFile(cwd), "utf8")).toBe(created.key);
    expect(statSync(checkpointKeyFile(cwd)).mode & 0o777).toBe(0o600);
    expect(resolveCheckpointKey(env, { cwd })).toEqual(created);
  });
});

describe("periodic bucket", () => {
  it("is the same for every instance within one interval", () => {
    expect(checkpointBucket(new Date("2026-12-01T09:59:59Z"), 60)).toBe("periodiek:60m:2026-12-01T09:00:00.000Z");
    expect(checkpointBucket(new Date("2026-12-01T10:00:00Z"), 60)).toBe("periodiek:60m:2026-12-01T10:00:00.000Z");
    expect(checkpointBucket(new Date("2026-12-01T10:14:00Z"), 15)).toBe("periodiek:15m:2026-12-01T10:00:00.000Z");
  });
});
