import { z } from "zod";
import { gebruikerEmail } from "./beheer/gebruiker";
import { naam } from "./beheer/common";
import { PASSWORD_IS_EMAIL_MESSAGE, passwordEqualsEmail, setPasswordSchema } from "./password";

/**
 * The first-run page: the one-time setup code printed by `gr-volg start`, the beheerder's address
 * and name, and a password under the same policy as an invitation (shared by form and service).
 */
export const eersteBeheerderSchema = z
  .object({
    code: z
      .string({ error: "Vul de installatiecode in." })
      .trim()
      .min(1, { error: "Vul de installatiecode in." })
      .max(200, { error: "Deze installatiecode is niet goed." }),
    email: gebruikerEmail,
    naam: naam("naam"),
    password: setPasswordSchema.shape.password,
    passwordHerhaald: setPasswordSchema.shape.passwordHerhaald,
  })
  .refine((v) => v.password === v.passwordHerhaald, {
    path: ["passwordHerhaald"],
    error: "De twee wachtwoorden zijn niet gelijk.",
  })
  .refine((v) => !passwordEqualsEmail(v.password, v.email), { path: ["password"], error: PASSWORD_IS_EMAIL_MESSAGE });
export type EersteBeheerderInput = z.input<typeof eersteBeheerderSchema>;
