import { z } from "zod";
import { gebruikerEmail } from "./beheer/gebruiker";
import { naam } from "./beheer/common";
import { PASSWORD_IS_EMAIL_MESSAGE, passwordEqualsEmail, setPasswordSchema } from "./password";

const fields = {
  code: z
    .string({ error: "Vul de installatiecode in." })
    .trim()
    .min(1, { error: "Vul de installatiecode in." })
    .max(200, { error: "Deze installatiecode is niet goed." }),
  email: gebruikerEmail,
  naam: naam("naam"),
  password: setPasswordSchema.shape.password,
  passwordHerhaald: setPasswordSchema.shape.passwordHerhaald,
};

/** The two rules that need more than one field (same as an invitation's). */
function withPasswordRules<S extends z.ZodType<{ email: string; password: string; passwordHerhaald: string }>>(s: S) {
  return s
    .refine((v) => v.password === v.passwordHerhaald, {
      path: ["passwordHerhaald"],
      error: "De twee wachtwoorden zijn niet gelijk.",
    })
    .refine((v) => !passwordEqualsEmail(v.password, v.email), { path: ["password"], error: PASSWORD_IS_EMAIL_MESSAGE });
}

/**
 * The first-run page: the one-time setup code printed by `gr-volg start`, the beheerder's address
 * and name, and a password under the same policy as an invitation (shared by form and service).
 */
export const eersteBeheerderSchema = withPasswordRules(z.object(fields));
export type EersteBeheerderInput = z.input<typeof eersteBeheerderSchema>;

/** The command's input: the form's fields plus the source address, which the door adds (never the form). */
export const eersteBeheerderCommandSchema = withPasswordRules(
  z.object({ ...fields, bronadres: z.string().max(64).nullable().default(null) }),
);
