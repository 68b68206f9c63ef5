import { z } from "zod";
import "./locale";

/** Shared by the sign-in form (react-hook-form) and the credentials check on the server. */
export const loginSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .min(1, { error: "Vul uw e-mailadres in." })
    .max(254, { error: "Dit e-mailadres is te lang." })
    .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." })),
  password: z
    .string({ error: "Vul uw wachtwoord in." })
    .min(1, { error: "Vul uw wachtwoord in." })
    .max(200, { error: "Dit wachtwoord is te lang." }),
});

export type LoginInput = z.infer<typeof loginSchema>;
