import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { SetPasswordForm } from "@/components/beheer/SetPasswordForm";
import { INVITATION_INVALID_MESSAGE, findValidInvitation } from "@/lib/services/users/invitations";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Wachtwoord instellen", referrer: "no-referrer" };

/** The page behind a one-time link (invitation or password reset): whose account, then a new password. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = await read(findValidInvitation, token);
  if (!invitation) {
    return (
      <>
        <Heading level={1}>Wachtwoord instellen</Heading>
        <Alert type="error">{INVITATION_INVALID_MESSAGE}</Alert>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>Wachtwoord instellen</Heading>
      <Paragraph>
        {invitation.purpose === "wachtwoord-herstel"
          ? "U stelt een nieuw wachtwoord in"
          : "Welkom bij GR-volg. U stelt het wachtwoord in"}{" "}
        voor het account van <strong>{invitation.naam}</strong> (
        <span data-testid="uitnodiging-email">{invitation.email}</span>). Daarna logt u in met dit e-mailadres en het
        nieuwe wachtwoord. De link werkt één keer.
      </Paragraph>
      <SetPasswordForm token={token} email={invitation.email} action={acceptInvitationAction} />
    </>
  );
}
