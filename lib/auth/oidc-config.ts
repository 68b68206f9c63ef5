import { z } from "zod";

/**
 * The OpenID Connect providers this instance trusts, from the environment. OIDC_PROVIDERS (JSON
 * list) allows one IdP per gemeente; the older single-provider variables (OIDC_ISSUER,
 * OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME) still work and give the provider id "oidc".
 */
export interface OidcProviderConfig {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Slug of the gemeente whose users sign in through this IdP (optional). */
  gemeente: string | null;
}

export const DEFAULT_OIDC_NAME = "Inloggen met uw organisatie-account";

const providerSchema = z.object({
  // The id is part of the callback URL (/api/auth/callback/<id>); "credentials" is taken.
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,40}$/)
    .refine((id) => id !== "credentials"),
  name: z.string().min(1).max(100),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  gemeente: z.string().min(1).nullish(),
});

/** Issuer URLs compare without a trailing slash (the iss claim and configuration may differ in it). */
export function normalizeIssuer(issuer: string): string {
  return issuer.replace(/\/+$/, "");
}

export function parseOidcProviders(env: Record<string, string | undefined> = process.env): OidcProviderConfig[] {
  const list: OidcProviderConfig[] = [];
  if (env.OIDC_PROVIDERS?.trim()) {
    let raw: unknown;
    try {
      raw = JSON.parse(env.OIDC_PROVIDERS);
    } catch {
      throw new Error("OIDC_PROVIDERS is geen geldige JSON.");
    }
    const parsed = z.array(providerSchema).safeParse(raw);
    if (!parsed.success)
      throw new Error(
        `OIDC_PROVIDERS is ongeldig: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    for (const p of parsed.data) list.push({ ...p, issuer: normalizeIssuer(p.issuer), gemeente: p.gemeente ?? null });
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      name: env.OIDC_NAME ?? DEFAULT_OIDC_NAME,
      issuer: normalizeIssuer(env.OIDC_ISSUER),
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      gemeente: null,
    });
  }
  const ids = new Set<string>();
  for (const p of list) {
    if (ids.has(p.id)) throw new Error(`OIDC-provider "${p.id}" is dubbel geconfigureerd.`);
    ids.add(p.id);
  }
  return list;
}

let cached: OidcProviderConfig[] | undefined;
/**
 * The configured providers (read once per process). A broken configuration is logged loudly and
 * offers no SSO at all (never a partial list): password sign-in and every page keep working.
 */
export function oidcProviders(): OidcProviderConfig[] {
  if (!cached) {
    try {
      cached = parseOidcProviders();
    } catch (e) {
      console.error(`[gr-volg] Inloggen via OIDC staat uit: ${(e as Error).message}`);
      cached = [];
    }
  }
  return cached;
}
