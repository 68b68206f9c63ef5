import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/LoginForm";
import { OidcButton } from "@/components/OidcButton";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { oidcProviders } from "@/lib/auth/oidc-config";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { authSecret, csrfCookieName, csrfTokenOf } from "@/lib/auth/sign-in-csrf";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only same-site paths: never to another site, never a newline into the Location header.
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const providers = oidcProviders();
  const errorMessage = signInErrorMessage(params.error);
  // The proxy set next-auth's csrf cookie; its token goes into the form for the POST without JavaScript.
  const csrfToken = csrfTokenOf((await cookies()).get(csrfCookieName())?.value, authSecret()) ?? undefined;
  return (
    <>
      <Heading level={1}>Inloggen</Heading>
      {params.status === "wachtwoord-ingesteld" ? (
        <Alert type="ok">
          Uw wachtwoord is ingesteld. U kunt nu inloggen met uw e-mailadres en het nieuwe wachtwoord.
        </Alert>
      ) : null}
      <Paragraph>
        Griffiers, het regionaal secretariaat en colleges loggen in om besluiten te registreren. Raadsleden en inwoners
        kunnen de openbare overzichten zonder inloggen bekijken.
      </Paragraph>
      {errorMessage ? (
        <Alert type="error" id="inloggen-fout">
          <Paragraph>{errorMessage}</Paragraph>
        </Alert>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} csrfToken={csrfToken} />
      {providers.map((p) => (
        <OidcButton key={p.id} providerId={p.id} label={p.name} callbackUrl={callbackUrl} />
      ))}
    </>
  );
}
