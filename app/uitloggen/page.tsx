import type { Metadata } from "next";
import { LogoutButton } from "@/components/LogoutButton";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Uitloggen" };

export default async function LogoutPage() {
  const user = await currentUser();
  return (
    <>
      <Heading level={1}>Uitloggen</Heading>
      {user ? (
        <>
          <Paragraph>Weet u zeker dat u wilt uitloggen?</Paragraph>
          <LogoutButton />
        </>
      ) : (
        <Paragraph>U bent uitgelogd.</Paragraph>
      )}
    </>
  );
}
