"use server";

import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import { answerPoint } from "@/lib/services/nota";

/** Thin: user → service → revalidate (the completeness indicator updates). */
export async function answerPointAction(values: Record<string, string>): Promise<{ ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> }> {
  const res = await answerPoint(await getPrisma(), await currentUser(), values);
  if (!res.ok) return { ok: false, message: res.message, ...(res.fieldErrors ? { fieldErrors: res.fieldErrors } : {}) };
  revalidatePath("/secretariaat/nota", "layout");
  return { ok: true };
}
