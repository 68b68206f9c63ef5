import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/LoginForm";
import { OidcButton } from "@/components/OidcButton";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only same-site paths: never to another site, never a newline into the Location header.
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const oidcName = process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID ? (process.env.OIDC_NAME ?? "Inloggen met uw organisatie-account") : null;
  return (
    <>
      <Heading level={1}>Inloggen</Heading>
      {params.status === "wachtwoord-ingesteld" ? (
        <Alert type="ok">Uw wachtwoord is ingesteld. U kunt nu inloggen met uw e-mailadres en het nieuwe wachtwoord.</Alert>
      ) : null}
      <Paragraph>
        Griffiers, het regionaal secretariaat en colleges loggen in om besluiten te registreren. Raadsleden en
        inwoners kunnen de openbare overzichten zonder inloggen bekijken.
      </Paragraph>
      {params.error && params.error !== "CredentialsSignin" && typeof params.error === "string" ? (
        <Paragraph>Inloggen is niet gelukt. Probeer het opnieuw.</Paragraph>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      {oidcName ? <OidcButton label={oidcName} callbackUrl={callbackUrl} /> : null}
    </>
  );
}
