import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { appendAudit } from "@/lib/services/audit";
import { hashPassword } from "@/lib/services/credentials";
import { z } from "zod";
import { Refusal, defineCommand, runCommand } from "@/lib/commands";
import { eersteBeheerderCommandSchema } from "@/lib/validation/eerste-beheerder";
import { SYSTEM_BEHEER, tokenHash } from "./invitations";

/**
 * The first-run page (/eerste-beheerder): an alternative to `gr-volg beheer maak-beheerder` that
 * only works while no beheerder account exists, and only with the one-time setup code that
 * `gr-volg start` prints on a database without beheerder. Without the code a stranger who finds a
 * fresh installation first cannot claim it (docs/security.md, "Eerste beheerder").
 */
export const SETUP_CODE_KEY = "eerste-beheerder-code";
export const SETUP_CODE_VALID_HOURS = 24;
const WRONG_CODE =
  "Deze installatiecode is onjuist, al gebruikt of verlopen. Een nieuwe code krijgt u met `gr-volg beheer eerste-code` (of door gr-volg opnieuw te starten).";
export const BEHEERDER_EXISTS = "Er is al een beheerder. Vraag die om een uitnodiging.";

interface StoredCode {
  hash: string;
  expiresAt: string;
  usedAt?: string;
}

/** Any beheerder account at all (also one still invited or deactivated) closes the first-run page. */
export async function beheerderBestaat(db: Db | Parameters<Parameters<Db["$transaction"]>[0]>[0]): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN" } })) > 0;
}

const NO_SETUP_CODE = "Er is al een beheerder; de pagina /eerste-beheerder is gesloten.";

/**
 * A fresh setup code (replacing any earlier one) while no beheerder exists. Only its sha256 is
 * stored (in AppSetting, shared by every instance); the code itself is returned once, to the
 * operator's CLI (`gr-volg start`, `gr-volg beheer eerste-code`), and never written to the audit log.
 * The setting's row is locked first, so two instances starting at once each leave a consistent code.
 */
export const issueSetupCodeCommand = defineCommand({
  name: "issueSetupCode",
  input: z.object({}),
  permission: "gebruikers.beheren",
  actors: "person-or-system",
  target: "regio",
  async run({ tx, actor, now }) {
    await tx.$queryRaw`SELECT 1 FROM "AppSetting" WHERE "key" = ${SETUP_CODE_KEY} FOR UPDATE`;
    if (await beheerderBestaat(tx)) throw new Refusal(NO_SETUP_CODE);
    const code = randomBytes(24).toString("base64url");
    const expiresAt = new Date(now.getTime() + SETUP_CODE_VALID_HOURS * 3_600_000);
    const value = JSON.stringify({ hash: tokenHash(code), expiresAt: expiresAt.toISOString() } satisfies StoredCode);
    await tx.appSetting.upsert({
      where: { key: SETUP_CODE_KEY },
      create: { key: SETUP_CODE_KEY, value },
      update: { value },
    });
    await appendAudit(tx, [
      {
        type: "installatiecode_uitgegeven",
        actorId: actor.userId,
        actorRole: actor.role,
        gemeenteId: null,
        subjectKind: "installatie",
        subjectId: SETUP_CODE_KEY,
        payload: { expiresAt: expiresAt.toISOString() },
        at: now,
      },
    ]);
    return { code, expiresAt };
  },
});

/** The CLI's door to issueSetupCodeCommand (as the system beheerder); null once a beheerder exists. */
export async function issueSetupCode(db: Db, now = new Date()): Promise<{ code: string; expiresAt: Date } | null> {
  const res = await runCommand(db, SYSTEM_BEHEER, issueSetupCodeCommand, {}, { now });
  return res.ok ? { code: res.code, expiresAt: res.expiresAt } : null;
}

function codeMatches(stored: StoredCode | null, code: string, now: Date): boolean {
  if (!stored || stored.usedAt || new Date(stored.expiresAt) <= now) return false;
  const a = Buffer.from(stored.hash, "hex");
  const b = Buffer.from(tokenHash(code), "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Make the first beheerder with a password. The setup code's row is locked first, so of two
 * submissions at the same moment exactly one makes an account: the other waits, then finds a
 * beheerder and is refused. The code is used up (kept, marked used), never reusable. The password
 * is hashed only after the code is checked, under the lock: a wrong code costs no bcrypt time.
 */
export const createEersteBeheerder = defineCommand({
  name: "createEersteBeheerder",
  input: eersteBeheerderCommandSchema,
  permission: null,
  actors: "public",
  publicBecause:
    "only while no beheerder exists, and the one-time setup code printed by gr-volg start is the proof (sha256 stored, expires)",
  target: "regio",
  async run({ tx, data: input, now }) {
    const rows = await tx.$queryRaw<{ value: string }[]>`
      SELECT "value" FROM "AppSetting" WHERE "key" = ${SETUP_CODE_KEY} FOR UPDATE`;
    if (await beheerderBestaat(tx)) throw new Refusal(BEHEERDER_EXISTS);
    const stored = rows[0] ? (JSON.parse(rows[0].value) as StoredCode) : null;
    if (!stored || !codeMatches(stored, input.code, now)) throw new Refusal(WRONG_CODE, { code: WRONG_CODE });
    const user = await tx.user.create({
      data: { email: input.email, naam: input.naam, role: "ADMIN", passwordHash: await hashPassword(input.password) },
    });
    await tx.appSetting.update({
      where: { key: SETUP_CODE_KEY },
      data: { value: JSON.stringify({ ...stored, usedAt: now.toISOString() } satisfies StoredCode) },
    });
    await appendAudit(tx, [
      {
        type: "eerste_beheerder_aangemaakt",
        actorId: user.id,
        actorRole: "ADMIN",
        gemeenteId: null,
        subjectKind: "gebruiker",
        subjectId: user.id,
        toState: "ADMIN",
        payload: { email: input.email, naam: input.naam, via: "eerste-beheerder", bron: input.bronadres },
        at: now,
      },
    ]);
    return { email: input.email };
  },
});
