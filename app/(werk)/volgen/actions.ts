"use server";

import { getPrisma } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import { saveFollowSettings } from "@/lib/services/follow";

export async function saveFollowAction(values: unknown) {
  const res = await saveFollowSettings(await getPrisma(), await currentUser(), values);
  return res.ok ? { ok: true as const } : { ok: false as const, message: res.message };
}
