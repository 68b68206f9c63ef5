"use server";

import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import type { Upload } from "@/lib/storage/files";
import type { ServiceResult } from "@/lib/services/griffie/common";
import { indienenZienswijze, saveZienswijzeConcept, vaststellenZienswijze } from "@/lib/services/griffie/zienswijze";
import { registreerBeleidskaderBesluit, registreerBeleidskaderStap } from "@/lib/services/griffie/beleidskader";
import {
  corrigeerBesluit, registreerAgendering, registreerGeenZienswijze, registreerOntvangst, registreerToestemming,
} from "@/lib/services/griffie/raadsbesluiten";

type Service = (db: Awaited<ReturnType<typeof getPrisma>>, user: Awaited<ReturnType<typeof currentUser>>, raw: unknown, upload?: Upload | null) => Promise<ServiceResult>;

/** Thin adapter: FormData (JSON + optional PDF) → service → revalidate. */
async function run(service: Service, formData: FormData): Promise<{ ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> }> {
  let raw: unknown;
  try {
    raw = JSON.parse(String(formData.get("invoer") ?? "{}"));
  } catch {
    return { ok: false, message: "Het formulier kon niet worden gelezen. Laad de pagina opnieuw." };
  }
  const file = formData.get("bestand");
  const upload = file instanceof File && file.size > 0 ? { bestandsnaam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await service(await getPrisma(), await currentUser(), raw, upload);
  if (result.ok) {
    revalidatePath("/griffie", "layout");
    return { ok: true };
  }
  return result.fieldErrors ? { ok: false, message: result.message, fieldErrors: result.fieldErrors } : { ok: false, message: result.message };
}

export async function ontvangstAction(fd: FormData) { return run(registreerOntvangst, fd); }
export async function agenderingAction(fd: FormData) { return run(registreerAgendering, fd); }
export async function conceptAction(fd: FormData) { return run(saveZienswijzeConcept, fd); }
export async function vaststellenAction(fd: FormData) { return run(vaststellenZienswijze, fd); }
export async function indienenAction(fd: FormData) { return run(indienenZienswijze, fd); }
export async function geenZienswijzeAction(fd: FormData) { return run(registreerGeenZienswijze, fd); }
export async function toestemmingAction(fd: FormData) { return run(registreerToestemming, fd); }
export async function correctieAction(fd: FormData) { return run(corrigeerBesluit, fd); }
export async function beleidskaderStapAction(fd: FormData) { return run(registreerBeleidskaderStap, fd); }
export async function beleidskaderBesluitAction(fd: FormData) { return run(registreerBeleidskaderBesluit, fd); }
