import { describe, expect, it } from "vitest";
import { isDecodablePath } from "@/lib/security/request-path";

describe("decodable request paths", () => {
  it("accepts ordinary and correctly escaped paths", () => {
    for (const p of ["/", "/gemeenten/urk", "/gemeenten/s%C3%BAdwest-frysl%C3%A2n", "/documenten/%00"])
      expect(isDecodablePath(p), p).toBe(true);
  });
  it("refuses escapes that are not UTF-8", () => {
    for (const p of ["/gemeenten/%ED%A0%80", "/regelingen/%FF", "/x/%E0%A4%A", "/%"])
      expect(isDecodablePath(p), p).toBe(false);
  });
});
