"use server";

import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import { addReces, addVergadering, importVergaderingen } from "@/lib/services/griffie/vergaderingen";

const input = (fd: FormData): unknown => {
  try {
    return JSON.parse(String(fd.get("invoer") ?? "{}"));
  } catch {
    return {};
  }
};

function done<T extends { ok: boolean }>(r: T): T {
  if (r.ok) revalidatePath("/griffie", "layout");
  return r;
}

export async function vergaderingAction(fd: FormData) {
  return done(await addVergadering(await getPrisma(), await currentUser(), input(fd)));
}

export async function recesAction(fd: FormData) {
  return done(await addReces(await getPrisma(), await currentUser(), input(fd)));
}

export async function importAction(fd: FormData) {
  const file = fd.get("bestand");
  const upload = file instanceof File && file.size > 0 ? { bestandsnaam: file.name, text: await file.text() } : null;
  return done(await importVergaderingen(await getPrisma(), await currentUser(), upload));
}
