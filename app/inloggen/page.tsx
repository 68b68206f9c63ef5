import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/LoginForm";
import { OidcButton } from "@/components/OidcButton";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Inloggen" };

function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  // Only same-site paths: never redirect to another site after signing in.
  return v && v.startsWith("/") && !v.startsWith("//") ? v : "/werkruimte";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const oidcName = process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID ? (process.env.OIDC_NAME ?? "Inloggen met uw organisatie-account") : null;
  return (
    <>
      <Heading level={1}>Inloggen</Heading>
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
