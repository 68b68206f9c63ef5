import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import { requestUser } from "@/components/request-user";
import { can } from "@/lib/auth/permissions";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";

/** Only the beheerder gets in; signed out → sign-in page; anyone else gets a refusal message. */
export async function requireBeheer(path: string): Promise<{ user: SessionUser } | { refusal: string }> {
  const user = await requestUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "beheer.bekijken");
  if (!decision.allowed) return { refusal: decision.reason };
  return { user };
}

export function BeheerGeweigerd({ reason }: { reason: string }) {
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <Alert type="warning">{reason}</Alert>
      <Paragraph>
        Deze pagina is voor beheerders. Ga naar <a href="/werkruimte">uw werkruimte</a> of naar het{" "}
        <a href="/">openbare overzicht</a>.
      </Paragraph>
    </>
  );
}
