import type { Db } from "@/lib/db/client";
import { appendAudit } from "@/lib/services/audit";
import { normalizeIssuer, type OidcProviderConfig } from "@/lib/auth/oidc-config";
import { decideOidcSignIn, type OidcClaims, type OidcDecision } from "@/lib/auth/oidc-decision";
import { Prisma } from "@/generated/prisma/client";

/**
 * Resolve an OpenID Connect sign-in to a GR-volg user, linking (issuer, sub) on the first
 * sign-in. The link and its audit event are written in one transaction; a race between two
 * first sign-ins of one identity ends in the unique (issuer, subject) key, and is re-decided.
 */
export async function resolveOidcSignIn(
  db: Db,
  claims: OidcClaims,
  provider: Pick<OidcProviderConfig, "id">,
  providers: readonly Pick<OidcProviderConfig, "issuer" | "gemeente">[],
): Promise<OidcDecision> {
  const issuer = normalizeIssuer(claims.issuer);
  const email = claims.email?.trim().toLowerCase() || null;
  const gemeenteIssuers = new Map(providers.filter((p) => p.gemeente).map((p) => [p.gemeente as string, p.issuer]));

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
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
          gemeenteIssuers,
        });
        if (decision.ok && decision.link && byEmail) {
          const identity = await tx.userIdentity.create({
            data: { issuer, subject: claims.subject, userId: byEmail.id, provider: provider.id },
          });
          await appendAudit(tx, [
            {
              type: "oidc_identiteit_gekoppeld",
              actorId: byEmail.id,
              actorRole: byEmail.role,
              gemeenteId: byEmail.gemeenteId,
              subjectKind: "User",
              subjectId: byEmail.id,
              payload: { identityId: identity.id, issuer, subject: claims.subject, provider: provider.id, email },
            },
          ]);
        }
        return decision;
      });
    } catch (e) {
      // Another request linked the same identity first: decide again against the stored link.
      if (attempt === 0 && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
  throw new Error("unreachable");
}
