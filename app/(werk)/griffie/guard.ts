import "server-only";
import { redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** Only a griffier of a gemeente gets in; signed out → sign-in page; anyone else gets a refusal message. */
export async function requireGriffier(
  path: string,
): Promise<{ user: SessionUser & { gemeenteId: string } } | { refusal: string }> {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "griffie.bekijken");
  if (!decision.allowed || !user.gemeenteId || user.role !== "GRIFFIER") {
    return {
      refusal: decision.allowed ? "De griffie-werkruimte is alleen voor griffiers van een gemeente." : decision.reason,
    };
  }
  return { user: { ...user, gemeenteId: user.gemeenteId } };
}
