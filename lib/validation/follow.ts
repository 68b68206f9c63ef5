import { z } from "zod";
import "./locale";
import { text } from "./common";

/** Which regelingen a user follows and whether the weekly digest is wanted (form and server). */
export const followSettingsSchema = z.object({
  regelingIds: z
    .array(text().trim().min(1).max(100), { error: "Kies de regelingen die u wilt volgen." })
    .max(500, { error: "U kunt maximaal 500 regelingen volgen." })
    .default([]),
  digest: z.boolean({ error: "Geef aan of u de wekelijkse samenvatting wilt ontvangen." }),
});

export type FollowSettingsInput = z.input<typeof followSettingsSchema>;

export const unsubscribeSchema = z.object({
  token: text({ error: "De afmeldlink is onvolledig." })
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "De afmeldlink is ongeldig." }),
});
