import { todayInNetherlands } from "@/lib/domain";
import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import { requestUser } from "@/components/request-user";
import { can } from "@/lib/auth/permissions";

/** Only the regional secretariat gets in; signed out → sign-in page; anyone else gets a refusal message. */
export async function requireSecretariaat(path: string): Promise<{ user: SessionUser } | { refusal: string }> {
  const user = await requestUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "secretariaat.bekijken");
  if (!decision.allowed) return { refusal: decision.reason };
  return { user };
}

/** For route handlers: the user, or a Response to return (401 signed out, 403 other roles). */
export async function secretariaatOrResponse(): Promise<{ user: SessionUser } | { response: Response }> {
  const user = await requestUser();
  if (!user)
    return {
      response: new Response("U moet ingelogd zijn.", {
        status: 401,
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    };
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "secretariaat.bekijken");
  if (!decision.allowed)
    return {
      response: new Response(decision.reason, {
        status: 403,
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    };
  return { user };
}

export const todayIso = () => todayInNetherlands();

export { attachment } from "@/lib/documents/word/response";
