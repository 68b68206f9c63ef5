import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { currentUser } from "@/lib/auth/session";
import { loadFollowSettings } from "@/lib/services/follow";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { FollowForm } from "@/components/volgen/FollowForm";
import { saveFollowAction } from "./actions";

export const metadata: Metadata = { title: "Regelingen volgen" };

export default async function FollowPage() {
  await connection();
  const user = await currentUser();
  if (!user) redirect("/inloggen?callbackUrl=/volgen");
  const settings = await read(loadFollowSettings, user.id);
  return (
    <>
      <Heading level={1}>Regelingen volgen</Heading>
      <Paragraph>
        Kies de regelingen die u wilt volgen. Als u dat wilt, krijgt u elke week een e-mail met de nieuwe besluiten en
        de termijnen van de komende vier weken. U kunt zich altijd weer afmelden, ook met de link onder elke e-mail.
      </Paragraph>
      <FollowForm regelingen={settings.regelingen} digestOptIn={settings.digestOptIn} action={saveFollowAction} />
    </>
  );
}
