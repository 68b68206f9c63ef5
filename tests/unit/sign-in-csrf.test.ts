import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csrfCookieName, csrfTokenOf, newCsrfCookieValue } from "@/lib/auth/sign-in-csrf";

/** next-auth's own check (not exported by the package, so loaded by file): our cookie must pass it. */
const { createCSRFToken } = createRequire(import.meta.url)(
  join(process.cwd(), "node_modules/next-auth/core/lib/csrf-token.js"),
) as {
  createCSRFToken(a: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }): {
    csrfTokenVerified?: boolean;
    csrfToken: string;
  };
};

const SECRET = "test-secret-0123456789";

describe("sign-in csrf cookie (the form without JavaScript)", () => {
  it("is accepted by next-auth: the token from the cookie verifies a POST", () => {
    const cookie = newCsrfCookieValue(SECRET);
    const token = csrfTokenOf(cookie, SECRET);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const checked = createCSRFToken({
      options: { secret: SECRET },
      cookieValue: cookie,
      isPost: true,
      bodyValue: token ?? "",
    });
    expect(checked.csrfTokenVerified).toBe(true);
  });

  it("reads next-auth's own cookie, and refuses one signed with another secret", () => {
    const theirs = createCSRFToken({ options: { secret: SECRET }, isPost: false }) as {
      cookie?: string;
      csrfToken: string;
    };
    expect(csrfTokenOf(theirs.cookie, SECRET)).toBe(theirs.csrfToken);
    expect(csrfTokenOf(theirs.cookie, "another-secret")).toBeNull();
    expect(csrfTokenOf(undefined, SECRET)).toBeNull();
  });

  it("uses next-auth's cookie name, with __Host- behind https", () => {
    expect(csrfCookieName({ NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBe("next-auth.csrf-token");
    expect(csrfCookieName({ NEXTAUTH_URL: "https://gr-volg.example" })).toBe("__Host-next-auth.csrf-token");
  });
});
