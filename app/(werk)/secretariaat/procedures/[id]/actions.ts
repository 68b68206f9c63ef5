"use server";

import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import { applyRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { applyCollegeStep } from "@/lib/services/college-steps";

type Result = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** Thin: user → service → revalidate. The domain refuses with a Dutch reason when the step is not allowed. */
export async function regionalStepAction(values: Record<string, string>, expectedVersion: number): Promise<Result> {
  const user = await currentUser();
  const res = await applyRegionalStep(await getPrisma(), user, values, { expectedVersion });
  if (!res.ok) return { ok: false, message: res.message, ...(res.fieldErrors ? { fieldErrors: res.fieldErrors } : {}) };
  revalidatePath("/secretariaat", "layout");
  return { ok: true };
}

export async function publishVersionAction(values: Record<string, string>): Promise<{ ok: true; number: number } | { ok: false; message: string; fieldErrors?: Record<string, string> }> {
  const user = await currentUser();
  const res = await publishVersion(await getPrisma(), user, values);
  if (!res.ok) return { ok: false, message: res.message, ...(res.fieldErrors ? { fieldErrors: res.fieldErrors } : {}) };
  revalidatePath("/secretariaat", "layout");
  return { ok: true, number: res.number };
}

export async function collegeStepAction(values: Record<string, string>, expectedVersion: number): Promise<Result> {
  const user = await currentUser();
  const res = await applyCollegeStep(await getPrisma(), user, values, { expectedVersion });
  if (!res.ok) return { ok: false, message: res.message, ...(res.fieldErrors ? { fieldErrors: res.fieldErrors } : {}) };
  revalidatePath("/secretariaat", "layout");
  return { ok: true };
}
