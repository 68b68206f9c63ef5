import type { OidcRefusal } from "./oidc-decision";

/**
 * Dutch text for the ?error= code next-auth puts on the sign-in page. Our own OIDC refusals say
 * why (retrying will not help); they reveal nothing the IdP has not already proved to the user.
 */
const OIDC_REFUSALS: Record<OidcRefusal, string> = {
  OidcEmailNotVerified:
    "Uw e-mailadres is bij de identiteitsprovider niet bevestigd. Bevestig het daar eerst, of vraag uw organisatie om het te bevestigen.",
  OidcNoAccount: "Er is geen account voor dit e-mailadres; vraag de beheerder van GR-volg om u toe te voegen.",
  OidcAccountInactive: "Uw account in GR-volg is gedeactiveerd; neem contact op met de beheerder van GR-volg.",
  OidcLinkedElsewhere:
    "Dit account is gekoppeld aan een andere identiteit. Log in met het account waarmee u eerder inlogde, of vraag de beheerder van GR-volg om hulp.",
  OidcWrongProvider: "Uw gemeente logt in via een andere identiteitsprovider. Kies de knop van uw eigen gemeente.",
  OidcInvalidClaims:
    "De identiteitsprovider gaf geen bruikbaar antwoord (ontbrekende gegevens). Neem contact op met de beheerder van GR-volg.",
};

const GENERIC = "Inloggen is niet gelukt. Probeer het opnieuw.";

export function isOidcRefusal(code: string): code is OidcRefusal {
  return Object.hasOwn(OIDC_REFUSALS, code);
}

/** The message for an error code, or null when the form itself shows it (wrong password). */
export function signInErrorMessage(code: string | string[] | undefined): string | null {
  if (typeof code !== "string" || code === "" || code === "CredentialsSignin") return null;
  if (isOidcRefusal(code)) return OIDC_REFUSALS[code];
  return GENERIC;
}
