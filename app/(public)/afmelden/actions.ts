"use server";

import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/db/client";
import { unsubscribeDigest } from "@/lib/services/follow";

export async function unsubscribeAction(formData: FormData): Promise<void> {
  await unsubscribeDigest(await getPrisma(), { token: formData.get("token") });
  revalidatePath("/afmelden");
}
