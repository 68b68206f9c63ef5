import { describe, expect, it } from "vitest";
import { sourceAddress, UNKNOWN_SOURCE } from "@/lib/auth/source-address";
import { hstsHeader, HSTS_VALUE } from "@/lib/security/hsts";
import { missingAuthSecret, MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";

describe("sourceAddress", () => {
  const xff = (v: string) => ({ "x-forwarded-for": v });
  it("ignores X-Forwarded-For unless TRUST_PROXY says how many proxies append to it", () => {
    expect(sourceAddress(xff("198.51.100.1"), {})).toBe(UNKNOWN_SOURCE);
    expect(sourceAddress(xff("198.51.100.1"), { TRUST_PROXY: "0" })).toBe(UNKNOWN_SOURCE);
    expect(sourceAddress(xff("198.51.100.1"), { TRUST_PROXY: "ja" })).toBe(UNKNOWN_SOURCE);
  });
  it("takes the entry the trusted proxy appended, not what the client wrote before it", () => {
    expect(sourceAddress(xff("6.6.6.6, 198.51.100.1"), { TRUST_PROXY: "1" })).toBe("198.51.100.1");
    expect(sourceAddress(xff("6.6.6.6, 198.51.100.1, 10.0.0.2"), { TRUST_PROXY: "2" })).toBe("198.51.100.1");
    expect(sourceAddress(new Headers(xff("::ffff:198.51.100.1")), { TRUST_PROXY: "1" })).toBe("198.51.100.1");
    expect(sourceAddress(xff("2001:db8::1"), { TRUST_PROXY: "1" })).toBe("2001:db8::1");
  });
  it("treats garbage or a missing header as unknown", () => {
    expect(sourceAddress(xff("niet-een-adres"), { TRUST_PROXY: "1" })).toBe(UNKNOWN_SOURCE);
    expect(sourceAddress({}, { TRUST_PROXY: "1" })).toBe(UNKNOWN_SOURCE);
    expect(sourceAddress(undefined, { TRUST_PROXY: "1" })).toBe(UNKNOWN_SOURCE);
    expect(sourceAddress(xff("198.51.100.1"), { TRUST_PROXY: "3" })).toBe(UNKNOWN_SOURCE);
  });
});

describe("hstsHeader", () => {
  it("is sent only when the public address is https", () => {
    expect(hstsHeader({ NEXTAUTH_URL: "https://gr-volg.example.nl" })).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toBe("max-age=31536000; includeSubDomains");
    expect(hstsHeader({ NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
    expect(hstsHeader({})).toBeNull();
  });
});

describe("missingAuthSecret", () => {
  it("refuses a production server without NEXTAUTH_SECRET, in Dutch", () => {
    expect(missingAuthSecret({ NODE_ENV: "production" })).toBe(MISSING_SECRET_MESSAGE);
    expect(missingAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "  " })).toBe(MISSING_SECRET_MESSAGE);
    expect(MISSING_SECRET_MESSAGE).toMatch(/^NEXTAUTH_SECRET ontbreekt\./);
  });
  it("accepts a secret, and does not interfere with development or the build", () => {
    expect(missingAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) })).toBeNull();
    expect(missingAuthSecret({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) })).toBeNull();
    expect(missingAuthSecret({ NODE_ENV: "development" })).toBeNull();
    expect(missingAuthSecret({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
  });
});
