import "server-only";
import { redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/**
 * Only a college (or the gemeente's own bestuurssecretariaat it delegated to) of a gemeente gets in; signed out →
 * sign-in page; anyone else gets a refusal message. The table decides: deny by default.
 */
export async function requireCollege(
  path: string,
): Promise<{ user: SessionUser & { gemeenteId: string } } | { refusal: string }> {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "college.bekijken", {
    gemeenteId: user.gemeenteId,
  });
  if (!decision.allowed || !user.gemeenteId) {
    return {
      refusal: decision.allowed
        ? "De college-werkruimte is alleen voor het college van een gemeente."
        : `${decision.reason} De college-werkruimte is alleen voor het college van een gemeente en het eigen bestuurssecretariaat.`,
    };
  }
  return { user: { ...user, gemeenteId: user.gemeenteId } };
}
