import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionHandlers, type ActionName } from "@/lib/actions/handlers";
import { ACTION_ENTRY_POINTS, type ActionEntry } from "@/lib/auth/entry-points";
import { can, type Action, type Decision, type Target } from "@/lib/auth/permissions";
import type { ActionUser } from "@/lib/actions/context";
import {
  SUBJECTS,
  auditCount,
  filesIn,
  fingerprint,
  openAuthzFixture,
  testContext,
  type AuthzFixture,
} from "./fixture";
import { validArgs, type Gemeente } from "./inputs";

/**
 * The generated authorization test: every server action × every role (and anonymous, and a
 * griffier without gemeente) × a target in the own gemeente (Urk) and in another (Almere), run
 * through the same handler the "use server" file binds, on a real database. The outcome must be
 * what lib/auth/permissions.ts says: denied → refused with the table's Dutch reason and nothing
 * written at all; allowed → never refused for authorization (the domain may still say no, and
 * then nothing is written either; when it says yes, state and audit trail change together).
 */
let f: AuthzFixture;
beforeAll(async () => {
  f = await openAuthzFixture();
});
afterAll(async () => f?.db.close());

/** The four refusals the permissions table can give (signed out, no permission, no gemeente, other gemeente). */
const AUTH_REASONS = new Set(
  [
    can(null, "griffie.bekijken"),
    can({ role: "RAADSLID", gemeenteId: "a" }, "griffie.bekijken"),
    can({ role: "GRIFFIER", gemeenteId: null }, "griffie.bekijken"),
    can({ role: "GRIFFIER", gemeenteId: "a" }, "griffie.bekijken", { gemeenteId: "b" }),
  ].map((d) => (d.allowed ? "" : d.reason)),
);

function expectedDecision(
  entry: ActionEntry,
  user: ActionUser | null,
  targetGemeenteId: string,
  args: unknown[],
): Decision {
  if (entry.permission === null) return { allowed: true };
  // Form actions send their values as JSON in `invoer`.
  const first = args[0] instanceof FormData ? JSON.parse(String(args[0].get("invoer"))) : args[0];
  const permission: Action =
    typeof entry.permission === "string"
      ? entry.permission
      : entry.permission.byValue[String((first as Record<string, unknown>)[entry.permission.field])];
  const target: Target =
    entry.target === "regio"
      ? {}
      : entry.target === "eigen-gemeente"
        ? { gemeenteId: user?.gemeenteId ?? "__geen__" }
        : { gemeenteId: targetGemeenteId };
  return can(user, permission, target);
}

const ACTIONS = Object.keys(ACTION_ENTRY_POINTS) as ActionName[];
const GEMEENTEN: Gemeente[] = ["urk", "almere"];
let checked = 0;
let allowedCount = 0;

describe("authorization matrix: every server action × role × scope", () => {
  it("has a handler for every registered action and nothing else", () => {
    expect(Object.keys(actionHandlers).sort()).toEqual([...ACTIONS].sort());
    expect(AUTH_REASONS.size).toBe(4);
    expect([...AUTH_REASONS].every((m) => /^Uw? /.test(m))).toBe(true);
  });

  for (const action of ACTIONS) {
    it(`${action}`, async () => {
      let n = 0;
      for (const subject of SUBJECTS) {
        for (const g of GEMEENTEN) {
          n++;
          const user = f.subjects[subject];
          const args = await validArgs(f, action, g, n);
          const decision = expectedDecision(ACTION_ENTRY_POINTS[action], user, f.targets[g].gemeenteId, args);
          const label = `${action} as ${subject} on ${g}`;
          const before = await fingerprint(f.prisma);
          const beforeAudit = await auditCount(f.prisma);
          const beforeFiles = await filesIn(f.storage);
          const ctx = testContext(f.prisma, user);
          const handler = actionHandlers[action] as (
            c: typeof ctx,
            ...a: unknown[]
          ) => Promise<{ ok: boolean; message?: string }>;
          const result = await handler(ctx, ...args);
          const after = await fingerprint(f.prisma);
          if (!decision.allowed) {
            expect(result, label).toEqual({ ok: false, message: decision.reason });
            expect(after, `${label}: nothing written`).toEqual(before);
            expect(await filesIn(f.storage), `${label}: no file left behind`).toBe(beforeFiles);
            expect(ctx.revalidated, label).toEqual([]);
          } else {
            allowedCount++;
            expect(
              result.ok || !AUTH_REASONS.has(result.message ?? ""),
              `${label}: refused for authorization: ${result.message}`,
            ).toBe(true);
            if (result.ok && action !== "unsubscribeAction") {
              // Accepted: the state changed and the audit trail with it (one transaction).
              expect(after, `${label}: written`).not.toEqual(before);
              expect(await auditCount(f.prisma), `${label}: audited`).toBeGreaterThan(beforeAudit);
            } else if (!result.ok) {
              expect(after, `${label}: refused by the domain, nothing written`).toEqual(before);
              expect(await filesIn(f.storage), `${label}: no file left behind`).toBe(beforeFiles);
            }
          }
          checked++;
        }
      }
    });
  }

  it("checked every combination", () => {
    // 19 actions × 7 subjects × 2 target gemeenten; reported in the test output.
    expect(checked).toBe(ACTIONS.length * SUBJECTS.length * GEMEENTEN.length);
    expect(allowedCount).toBeGreaterThan(0);
    console.info(
      `authorization matrix: ${checked} combinations (${ACTIONS.length} actions × ${SUBJECTS.length} subjects × ${GEMEENTEN.length} scopes), ${allowedCount} allowed`,
    );
  });
});
