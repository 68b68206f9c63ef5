import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { DUMMY_HASH, PASSWORD_HASH_COST, hashPassword } from "@/lib/services/credentials";

/** docs/security.md, "Wachtwoorden": bcrypt at work factor 10, and one comparison per sign-in whatever the account. */
describe("password hash parameters", () => {
  it("stores bcrypt hashes at the documented cost, and the unknown-account hash costs the same", async () => {
    expect(PASSWORD_HASH_COST).toBe(10);
    const hash = await hashPassword("een-lang-wachtwoord-2026");
    expect(bcrypt.getRounds(hash)).toBe(PASSWORD_HASH_COST);
    expect(hash.startsWith("$2b$")).toBe(true);
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(PASSWORD_HASH_COST);
    expect(await bcrypt.compare("een-lang-wachtwoord-2026", hash)).toBe(true);
  });
});
