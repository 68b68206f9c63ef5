import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { defineCommand, runCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { normalizeIssuer, type OidcProviderConfig } from "@/lib/auth/oidc-config";
import { decideOidcSignIn, type OidcClaims, type OidcDecision } from "@/lib/auth/oidc-decision";

/** A race between two first sign-ins of one identity ends in the unique (issuer, subject) key. */
const LINKED_MEANWHILE = "Deze identiteit is zojuist door een ander verzoek gekoppeld.";

const oidcSignInSchema = z.object({
  claims: z.object({
    issuer: z.string(),
    subject: z.string(),
    email: z.string().nullable(),
    emailVerified: z.boolean(),
  }),
  providerId: z.string(),
  /** gemeente slug → the issuer that gemeente's accounts must sign in with. */
  gemeenteIssuers: z.record(z.string(), z.string()),
});

/**
 * Resolve a verified OpenID Connect sign-in to a GR-volg user, linking (issuer, sub) on the first
 * sign-in: the link and its audit event in one transaction. Public: the verified ID token of the
 * configured identity provider is the proof (lib/auth/oidc.ts checks it before this runs).
 */
export const signInWithOidc = defineCommand({
  name: "signInWithOidc",
  input: oidcSignInSchema,
  permission: null,
  actors: "public",
  publicBecause: "sign-in itself: the identity provider's verified ID token is the proof",
  target: "regio",
  uniqueViolation: LINKED_MEANWHILE,
  async run({ tx, data: { claims, providerId, gemeenteIssuers } }) {
    const issuer = normalizeIssuer(claims.issuer);
    const email = claims.email?.trim().toLowerCase() || null;
    const linked = await tx.userIdentity.findUnique({
      where: { issuer_subject: { issuer, subject: claims.subject } },
      include: { user: { include: { gemeente: { select: { slug: true } } } } },
    });
    const byEmail =
      !linked && email
        ? await tx.user.findUnique({ where: { email }, include: { gemeente: { select: { slug: true } } } })
        : null;
    const linkedAtIssuer = byEmail
      ? (await tx.userIdentity.count({ where: { userId: byEmail.id, issuer } })) > 0
      : false;
    const decision = decideOidcSignIn({
      claims: { ...claims, issuer, email },
      linkedUser: linked
        ? { id: linked.user.id, actief: linked.user.actief, gemeenteSlug: linked.user.gemeente?.slug ?? null }
        : null,
      userByEmail: byEmail
        ? { id: byEmail.id, actief: byEmail.actief, gemeenteSlug: byEmail.gemeente?.slug ?? null }
        : null,
      userLinkedAtIssuer: linkedAtIssuer,
      gemeenteIssuers: new Map(Object.entries(gemeenteIssuers)),
    });
    if (decision.ok && decision.link && byEmail) {
      const identity = await tx.userIdentity.create({
        data: { issuer, subject: claims.subject, userId: byEmail.id, provider: providerId },
      });
      await appendAudit(tx, [
        {
          type: "oidc_identiteit_gekoppeld",
          actorId: byEmail.id,
          actorRole: byEmail.role,
          gemeenteId: byEmail.gemeenteId,
          subjectKind: "User",
          subjectId: byEmail.id,
          payload: { identityId: identity.id, issuer, subject: claims.subject, provider: providerId, email },
        },
      ]);
    }
    return { decision };
  },
});

/** The door of lib/auth/oidc.ts: run the sign-in; when another request linked the identity first, decide again. */
export async function resolveOidcSignIn(
  db: Db,
  claims: OidcClaims,
  provider: Pick<OidcProviderConfig, "id">,
  providers: readonly Pick<OidcProviderConfig, "issuer" | "gemeente">[],
): Promise<OidcDecision> {
  const gemeenteIssuers = Object.fromEntries(
    providers.flatMap((p) => (p.gemeente ? [[p.gemeente, p.issuer] as const] : [])),
  );
  const input = { claims, providerId: provider.id, gemeenteIssuers };
  let res = await runCommand(db, null, signInWithOidc, input);
  if (!res.ok && res.message === LINKED_MEANWHILE) res = await runCommand(db, null, signInWithOidc, input);
  return res.ok ? res.decision : { ok: false, reason: "OidcInvalidClaims" };
}
