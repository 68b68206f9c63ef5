import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { read } from "@/lib/read-models";
import { listOpenSessions } from "@/lib/auth/session-store";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { SessionList, type SessionRow } from "@/components/sessies/SessionList";
import { browserLabel } from "@/lib/auth/browser-label";
import { revokeAllSessionsAction, revokeSessionAction } from "./actions";

export const metadata: Metadata = { title: "Mijn sessies" };
export const dynamic = "force-dynamic";

const when = (d: Date) =>
  d.toLocaleString("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

export default async function SessionsPage() {
  const user = await currentUser();
  if (!user) redirect("/inloggen?callbackUrl=/werkruimte/sessies");
  const sessions = await read(listOpenSessions, user.id, SESSION_MAX_AGE_SECONDS);
  const rows: SessionRow[] = sessions.map((s) => ({
    id: s.id,
    sinds: when(s.createdAt),
    laatstGezien: when(s.lastSeenAt),
    browser: browserLabel(s.userAgent),
    dezeSessie: s.id === user.sessionId,
  }));
  return (
    <>
      <Heading level={1}>Mijn sessies</Heading>
      <Paragraph>
        Hier ziet u op welke apparaten u bent ingelogd. Herkent u een sessie niet, beëindig die dan en wijzig uw
        wachtwoord. Een beëindigde sessie werkt binnen enkele seconden nergens meer.
      </Paragraph>
      <SessionList sessions={rows} revokeOne={revokeSessionAction} revokeAll={revokeAllSessionsAction} />
    </>
  );
}
