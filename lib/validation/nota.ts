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

/** One point in the nota form: left empty it stays as it is; started, it needs both the answer and the disposition. */
const notaAnswerSchema = z
  .object({
    pointId: text({ error: "Kies een zienswijzepunt." }).trim().min(1, { error: "Kies een zienswijzepunt." }).max(100),
    antwoord: text()
      .trim()
      .max(10_000, { error: "Het antwoord is te lang (maximaal 10.000 tekens)." })
      .optional()
      .transform((v) => v ?? ""),
    disposition: z
      .union([z.enum(DISPOSITIONS), z.literal("")], {
        error: "Kies of het punt is overgenomen, deels overgenomen of niet overgenomen.",
      })
      .optional()
      .transform((v) => v || undefined),
    changedArticleId: text()
      .trim()
      .max(100)
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((a, ctx) => {
    const started = a.antwoord !== "" || a.disposition !== undefined || a.changedArticleId !== undefined;
    if (started && a.antwoord === "")
      ctx.addIssue({ code: "custom", path: ["antwoord"], message: "Vul het antwoord in." });
    if (started && a.disposition === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["disposition"],
        message: "Kies of het punt is overgenomen, deels overgenomen of niet overgenomen.",
      });
  });

/**
 * The whole nota van beantwoording in one save (form and server): every point's answer, disposition
 * and changed article. `basis` is the state of the answers the form was opened on (notaBasis): when
 * someone else saved in between, the save is refused as a conflict instead of overwriting.
 */
export const answerNotaSchema = z.object({
  procedureId: text({ error: "Kies een procedure." }).trim().min(1, { error: "Kies een procedure." }).max(100),
  basis: text({ error: "Laad de pagina opnieuw." }).trim().min(1, { error: "Laad de pagina opnieuw." }).max(100),
  answers: z
    .array(notaAnswerSchema)
    .min(1, { error: "Er zijn geen zienswijzepunten om te beantwoorden." })
    .max(2_000)
    .refine((as) => new Set(as.map((a) => a.pointId)).size === as.length, {
      error: "Elk zienswijzepunt mag maar één keer voorkomen.",
    })
    .refine((as) => as.some((a) => a.antwoord !== ""), { error: "Vul ten minste één antwoord in." }),
});

export type AnswerNotaInput = z.input<typeof answerNotaSchema>;
