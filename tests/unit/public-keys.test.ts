import { describe, expect, it } from "vitest";
import { publicKey } from "@/lib/services/public/keys";

describe("keys from public addresses", () => {
  it("passes ordinary slugs and ids", () => {
    for (const k of ["urk", "gr-sociaal-domein-flevoland", "cmh2x9k0a0001qz8r", "Ünïcode-ok"])
      expect(publicKey(k)).toBe(k);
  });
  it("refuses what PostgreSQL cannot compare (NUL, lone surrogates) and absurd lengths", () => {
    for (const k of ["", "urk\u0000", "\uD800", "a\uDC00b", "x".repeat(201)]) expect(publicKey(k)).toBeNull();
  });
});
