import "server-only";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { type ReadModel, read } from "@/lib/read-models";
import type { SessionUser } from "@/lib/auth/session";
import { requestUser } from "@/components/request-user";
import { can } from "@/lib/auth/permissions";
import { GeenToegang } from "@/components/ui/GeenToegang";

/** Only the beheerder gets in; signed out → sign-in page; anyone else gets a refusal message. */
export async function requireBeheer(path: string): Promise<{ user: SessionUser } | { refusal: string }> {
  const user = await requestUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "beheer.bekijken");
  if (!decision.allowed) return { refusal: decision.reason };
  return { user };
}

/** A beheer page about one record: the beheerder check, then the record (or a 404). */
export async function requireBeheerRecord<T>(
  path: string,
  load: ReadModel<[string], T | null>,
  key: string,
): Promise<{ refusal: string } | { record: T; user: SessionUser }> {
  await connection();
  const access = await requireBeheer(path);
  if ("refusal" in access) return access;
  const record = await read(load, key);
  if (!record) notFound();
  return { record, user: access.user };
}

export function BeheerGeweigerd({ reason }: { reason: string }) {
  return <GeenToegang reason={reason} voor="beheerders" />;
}
