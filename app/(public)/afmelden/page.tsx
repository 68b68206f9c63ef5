import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { findUnsubscribeSubject } from "@/lib/read-models/public";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { unsubscribeSchema } from "@/lib/validation/follow";
import { unsubscribeAction } from "./actions";
import { Button } from "@/components/ui/form";

export const metadata: Metadata = { title: "Afmelden voor de wekelijkse samenvatting" };

/**
 * Unsubscribe without signing in. The link only shows a button: the change happens on an explicit
 * POST, so mail scanners that open links do not unsubscribe anyone.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  await connection();
  const { token } = await searchParams;
  const parsed = unsubscribeSchema.safeParse({ token });
  const validToken = parsed.success ? parsed.data.token : null;
  const user = validToken !== null ? await read(findUnsubscribeSubject, validToken) : null;
  return (
    <>
      <Heading level={1}>Afmelden voor de wekelijkse samenvatting</Heading>
      {!user ? (
        <Paragraph>
          Deze afmeldlink is ongeldig of verlopen. Na inloggen kunt u uw keuzes aanpassen op de pagina Regelingen
          volgen.
        </Paragraph>
      ) : user.digestOptIn ? (
        <form action={unsubscribeAction}>
          <Paragraph>Wilt u geen wekelijkse e-mail van GR-volg meer ontvangen?</Paragraph>
          <input type="hidden" name="token" value={validToken ?? ""} />
          <Button type="submit" appearance="primary-action-button">
            Afmelden
          </Button>
        </form>
      ) : (
        <Paragraph role="status">U bent afgemeld. U ontvangt geen wekelijkse samenvatting meer.</Paragraph>
      )}
    </>
  );
}
