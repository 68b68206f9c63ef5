import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionHandlers, type ActionName } from "@/lib/actions/handlers";
import type { ActionUser } from "@/lib/actions/context";
import {
  auditCount,
  filesIn,
  fingerprint,
  openAuthzFixture,
  testContext,
  type AuthzFixture,
  type SubjectName,
} from "../authz/fixture";
import { validArgs } from "../authz/inputs";
import { isPostgres } from "../helpers/test-db";
import {
  SEED,
  UPLOAD_MAX_BYTES,
  assertProperty,
  dutchProblems,
  hostileFile,
  hostileList,
  hostileString,
  hostileValue,
  scale,
} from "./hostile";

/**
 * Hostile-input fuzzing of every server action through the handler the "use server" file binds,
 * as a user who is allowed to act (so validation and the domain are reached): a valid call with
 * fields replaced by hostile values, fields dropped, the whole input replaced, malformed JSON in
 * `invoer`, bogus files. Never an exception; every refusal in Dutch and with nothing written
 * (database fingerprint and stored files unchanged); every acceptance changes state and audit.
 */
let f: AuthzFixture;
beforeAll(async () => {
  process.env.UPLOAD_MAX_BYTES = String(UPLOAD_MAX_BYTES);
  f = await openAuthzFixture();
});
afterAll(async () => f?.db.close());

/** Who may do it (see lib/auth/permissions.ts); the target is Urk, the user's own gemeente. */
const ACTOR: Record<ActionName, SubjectName> = {
  ontvangstAction: "GRIFFIER",
  agenderingAction: "GRIFFIER",
  conceptAction: "GRIFFIER",
  vaststellenAction: "GRIFFIER",
  indienenAction: "GRIFFIER",
  geenZienswijzeAction: "GRIFFIER",
  toestemmingAction: "GRIFFIER",
  correctieAction: "GRIFFIER",
  beleidskaderStapAction: "GRIFFIER",
  beleidskaderBesluitAction: "GRIFFIER",
  vergaderingAction: "GRIFFIER",
  recesAction: "GRIFFIER",
  importAction: "GRIFFIER",
  agendaFeedAction: "GRIFFIER",
  vergaderingWijzigenAction: "GRIFFIER",
  vergaderingAnnulerenAction: "GRIFFIER",
  answerPointAction: "SECRETARIAAT",
  answerNotaAction: "SECRETARIAAT",
  begrotingStartAction: "SECRETARIAAT",
  begrotingStapAction: "SECRETARIAAT",
  begrotingAntwoordAction: "SECRETARIAAT",
  begrotingZienswijzeAction: "GRIFFIER",
  begrotingPlanningAction: "SECRETARIAAT",
  wijzigingAanmakenAction: "SECRETARIAAT",
  wijzigingStapAction: "SECRETARIAAT",
  wijzigingAntwoordAction: "SECRETARIAAT",
  wijzigingZienswijzeAction: "GRIFFIER",
  regionalStepAction: "SECRETARIAAT",
  publishVersionAction: "SECRETARIAAT",
  collegeStepAction: "COLLEGE",
  collegeWerkruimteStapAction: "COLLEGE",
  ontwerpVerzondenAction: "SECRETARIAAT",
  raadsledenoverlegAction: "SECRETARIAAT",
  plannedStepAction: "SECRETARIAAT",
  deelnemerWijzigingAction: "SECRETARIAAT",
  correctRegionalStepAction: "SECRETARIAAT",
  registerInschrijvingAction: "SECRETARIAAT",
  eindeVervangenRegelingAction: "ADMIN",
  saveFollowAction: "RAADSLID",
  agendaLinkAction: "GRIFFIER",
  agendaMailAction: "GRIFFIER",
  unsubscribeAction: "anoniem",
  acceptInvitationAction: "anoniem",
  eersteBeheerderAction: "anoniem",
  revokeSessionAction: "GRIFFIER",
  revokeAllSessionsAction: "GRIFFIER",
  saveRegioAction: "ADMIN",
  saveGemeenteAction: "ADMIN",
  importGemeentenAction: "ADMIN",
  saveRegelingAction: "ADMIN",
  startProcedureAction: "ADMIN",
  uitnodigenGebruikerAction: "ADMIN",
  wijzigGebruikerAction: "ADMIN",
  gebruikerActiefAction: "ADMIN",
  nieuweLinkAction: "ADMIN",
  importGebruikersAction: "ADMIN",
  opheffenGemeenteAction: "ADMIN",
  opheffenRegioAction: "ADMIN",
  dvhStartAction: "SECRETARIAAT",
  dvhBosdAction: "SECRETARIAAT",
  dvhCollegeAction: "COLLEGE",
  dvhRaadAction: "GRIFFIER",
};
/** 340 per action on PostgreSQL (27 × 340 = 9,180); the PGlite pass of scripts/test-all.sh runs 100 per action. */
const RUNS_PER_ACTION = scale(isPostgres() ? 340 : 100);
const _FORM_ACTIONS = new Set<ActionName>([
  "ontvangstAction",
  "agenderingAction",
  "conceptAction",
  "vaststellenAction",
  "indienenAction",
  "geenZienswijzeAction",
  "toestemmingAction",
  "correctieAction",
  "beleidskaderStapAction",
  "beleidskaderBesluitAction",
  "vergaderingAction",
  "recesAction",
]);
/** Actions whose valid arguments are made by writing a row first (tests/integration/authz/inputs.ts). */
const ARGS_WITH_SETUP = new Set(["vergaderingWijzigenAction", "vergaderingAnnulerenAction"]);
const LIST_KEYS = new Set(["moties", "points", "articles", "regelingIds", "deelnemers"]);

/** How one call is spoiled; applied to a fresh valid call inside the property. */
const spoil = (keys: string[]) =>
  fc.record({
    mode: fc.constantFrom("fields", "fields", "fields", "drop", "whole", "malformed-json", "not-formdata"),
    overrides: fc.array(fc.tuple(fc.constantFrom(...keys, "extra", "__proto__"), hostileValue, hostileList), {
      minLength: 1,
      maxLength: 3,
    }),
    drop: fc.subarray(keys, { minLength: 1 }),
    whole: hostileValue,
    json: fc.oneof(
      fc.constantFrom("{", '{"a":}', "[1,2", "nul", "{'a':1}", "\u0000", "", '{"__proto__":{"x":1}}'),
      hostileString,
    ),
    file: hostileFile,
    version: fc.oneof(fc.constant("keep"), hostileValue),
    token: hostileValue,
  });

/** Any hostile value as form text; `String()` throws on objects without a prototype and on symbols. */
function asText(v: unknown): string {
  if (typeof v === "string") return v;
  try {
    return JSON.stringify(v) ?? "undefined";
  } catch {
    return Object.prototype.toString.call(v);
  }
}

type Spoil = ReturnType<typeof spoil> extends fc.Arbitrary<infer T> ? T : never;

function apply(action: ActionName, valid: unknown[], s: Spoil): unknown[] {
  const first = valid[0];
  let rest = valid.slice(1);
  if (s.version !== "keep" && rest.length) rest = [s.version];
  const isForm = first instanceof FormData;
  const obj: Record<string, unknown> = isForm
    ? (JSON.parse(String(first.get("invoer") ?? "{}")) as Record<string, unknown>)
    : { ...(first as Record<string, unknown>) };
  let input: unknown = obj;
  if (s.mode === "fields") for (const [k, v, list] of s.overrides) obj[k] = LIST_KEYS.has(k) ? list : v;
  else if (s.mode === "drop") for (const k of s.drop) delete obj[k];
  else if (s.mode === "whole") input = s.whole;
  if (action === "unsubscribeAction") {
    if (s.mode === "not-formdata") return [s.whole];
    const fd = new FormData();
    if (typeof s.token === "string") fd.set("token", s.token);
    else if (s.token !== undefined) fd.set("token", new Blob([JSON.stringify(s.token) ?? ""]));
    return [fd];
  }
  if (action === "importAction") {
    if (s.mode === "not-formdata") return [s.whole];
    const fd = new FormData();
    if (s.file)
      fd.set("bestand", new File([s.file.bytes as Uint8Array<ArrayBuffer>], s.file.name, { type: s.file.type }));
    else if (s.mode !== "drop")
      fd.set(
        "bestand",
        new File([typeof s.whole === "string" ? s.whole : (JSON.stringify(s.whole) ?? "")], "kalender.csv"),
      );
    return [fd];
  }
  if (!isForm) return [input, ...rest];
  if (s.mode === "not-formdata") return [s.whole];
  const fd = new FormData();
  fd.set("invoer", s.mode === "malformed-json" ? s.json : (JSON.stringify(input) ?? "undefined"));
  const original = first.get("bestand");
  // The secretariat's and college's forms send the version they saw; hostile ones are refused, unread.
  const version = first.get("expectedVersion");
  if (version !== null) fd.set("expectedVersion", s.version === "keep" ? version : asText(s.version));
  if (s.file)
    fd.set("bestand", new File([s.file.bytes as Uint8Array<ArrayBuffer>], s.file.name, { type: s.file.type }));
  else if (original) fd.set("bestand", original);
  return [fd];
}

/** A user's own setting saved with the value it already has writes nothing (and audits nothing): idempotent. */
const IDEMPOTENT_SETTINGS = new Set<string>(["unsubscribeAction", "agendaMailAction"]);

let total = 0;
const outcomes: Record<string, { accepted: number; refused: number }> = {};

describe("fuzzing every server action with hostile input", () => {
  for (const action of Object.keys(actionHandlers) as ActionName[]) {
    it(action, async () => {
      const user: ActionUser | null = f.subjects[ACTOR[action]];
      const sample = (await validArgs(f, action, "urk", 0))[0];
      const keys =
        sample instanceof FormData
          ? Object.keys(JSON.parse(String(sample.get("invoer") ?? "{}")))
          : Object.keys(sample as object);
      const tally = { accepted: 0, refused: 0 };
      outcomes[action] = tally;
      let n = 1000;
      let before = await fingerprint(f.prisma);
      await assertProperty(
        fc.asyncProperty(spoil(keys.length ? keys : ["token"]), async (s) => {
          const args = apply(action, await validArgs(f, action, "urk", n++), s);
          // These actions' valid arguments need a meeting of their own: that setup is not the call's write.
          if (ARGS_WITH_SETUP.has(action)) before = await fingerprint(f.prisma);
          const beforeAudit = await auditCount(f.prisma);
          const beforeFiles = await filesIn(f.storage);
          const ctx = testContext(f.prisma, user);
          const handler = actionHandlers[action] as (
            c: typeof ctx,
            ...a: unknown[]
          ) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>;
          const result = await handler(ctx, ...args);
          const after = await fingerprint(f.prisma);
          try {
            expect(typeof result?.ok).toBe("boolean");
            if (!result.ok) {
              tally.refused++;
              expect(dutchProblems(result), "refusal in Dutch").toEqual([]);
              expect(after, "refused: nothing written").toEqual(before);
              expect(await filesIn(f.storage), "refused: no file left behind").toBe(beforeFiles);
              expect(ctx.revalidated).toEqual([]);
            } else {
              tally.accepted++;
              // The CSV import's dry run (and an apply with bad rows) answers with the rows' problems and writes nothing.
              const dryRun = (result as { toegepast?: boolean }).toegepast === false;
              if (dryRun) {
                expect(after, "dry run: nothing written").toEqual(before);
                expect(ctx.revalidated).toEqual([]);
              } else if (!IDEMPOTENT_SETTINGS.has(action) || after.User !== before.User) {
                expect(after, "accepted: written").not.toEqual(before);
                expect(await auditCount(f.prisma), "accepted: audited in the same change").toBeGreaterThan(beforeAudit);
              }
            }
          } finally {
            before = after;
            total++;
          }
        }),
        { numRuns: RUNS_PER_ACTION, seed: SEED, endOnFailure: true },
      );
    });
  }

  it("fuzzed every action", () => {
    console.info(
      `server-action fuzzing: ${total} inputs over ${Object.keys(outcomes).length} actions`,
      JSON.stringify(outcomes),
    );
    expect(Object.keys(outcomes).sort()).toEqual(Object.keys(actionHandlers).sort());
    expect(total).toBeGreaterThanOrEqual(Object.keys(actionHandlers).length * RUNS_PER_ACTION);
    // Not every input may be refused: the valid core of the generator must still get through somewhere.
    expect(Object.values(outcomes).reduce((a, o) => a + o.accepted, 0)).toBeGreaterThan(0);
  });
});
