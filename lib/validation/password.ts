import { z } from "zod";
import "./locale";

/** Shown above the password field and enforced by the same schema on the server. */
export const PASSWORD_POLICY_TEXT =
  "Uw wachtwoord heeft minstens 12 tekens, is niet gelijk aan uw e-mailadres en is geen veelgebruikt wachtwoord. Een zin van een paar woorden is sterk en goed te onthouden.";

export const PASSWORD_MIN_LENGTH = 12;

// A small list of passwords that meet the length but are guessed first (lowercase, compared case-insensitively).
const COMMON_PASSWORDS = new Set([
  "welkom123456",
  "welkom12345!",
  "wachtwoord12",
  "wachtwoord123",
  "wachtwoord1234",
  "wachtwoord!!",
  "password1234",
  "password123!",
  "123456789012",
  "qwertyuiop12",
  "qwerty123456",
  "aaaaaaaaaaaa",
  "abcdefghijkl",
  "letmein12345",
  "iloveyou1234",
  "administrator",
  "admin1234567",
  "gemeente1234",
  "gemeente2026",
  "griffie12345",
  "demo-wachtwoord",
  "voorjaar2026!",
  "zomer2026!!!",
  "1234567890ab",
  "passwordpassword",
  "wachtwoordwachtwoord",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}

/** Shared by the invitation form (react-hook-form) and acceptInvitation on the server. */
export const setPasswordSchema = z
  .object({
    token: z
      .string({ error: "De link is ongeldig." })
      .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "De link is ongeldig." }),
    password: z
      .string({ error: "Vul een nieuw wachtwoord in." })
      .min(1, { error: "Vul een nieuw wachtwoord in." })
      .min(PASSWORD_MIN_LENGTH, { error: `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben.` })
      .max(200, { error: "Het wachtwoord mag hoogstens 200 tekens hebben." })
      .refine((p) => !isCommonPassword(p), {
        error: "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.",
      }),
    passwordHerhaald: z
      .string({ error: "Herhaal het nieuwe wachtwoord." })
      .min(1, { error: "Herhaal het nieuwe wachtwoord." }),
  })
  .refine((v) => v.password === v.passwordHerhaald, {
    path: ["passwordHerhaald"],
    error: "De twee wachtwoorden zijn niet gelijk.",
  });

export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/** The rule that needs the account (checked by the service, which knows the e-mail address). */
export function passwordEqualsEmail(password: string, email: string): boolean {
  const p = password.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  return p === e || p === e.split("@")[0];
}
export const PASSWORD_IS_EMAIL_MESSAGE = "Het wachtwoord mag niet gelijk zijn aan uw e-mailadres.";

/** The same schema with the account's e-mail rule, for the form (which shows whose account it is). */
export function setPasswordSchemaFor(email: string) {
  return setPasswordSchema.refine((v) => !passwordEqualsEmail(v.password, email), {
    path: ["password"],
    error: PASSWORD_IS_EMAIL_MESSAGE,
  });
}
