import { z } from "zod";
import "./locale";
import { text } from "./common";

export const DISPOSITIONS = ["OVERGENOMEN", "DEELS_OVERGENOMEN", "NIET_OVERGENOMEN"] as const;
export { DISPOSITION_LABELS } from "@/lib/presentation/labels";

/** Answering one zienswijze point in the nota van beantwoording (form and server). */
export const answerPointSchema = z.object({
  pointId: text({ error: "Kies een zienswijzepunt." }).trim().min(1, { error: "Kies een zienswijzepunt." }).max(100),
  antwoord: text({ error: "Vul het antwoord in." })
    .trim()
    .min(1, { error: "Vul het antwoord in." })
    .max(10_000, { error: "Het antwoord is te lang (maximaal 10.000 tekens)." }),
  disposition: z.enum(DISPOSITIONS, {
    error: "Kies of het punt is overgenomen, deels overgenomen of niet overgenomen.",
  }),
  changedArticleId: text()
    .trim()
    .max(100)
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type AnswerPointInput = z.input<typeof answerPointSchema>;
