import "server-only";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";

/**
 * The signed-in user, decoded once per request: the header (SiteHeader) and the page's guard
 * share it instead of each decrypting the session cookie (key derivation + JWE) again.
 */
export const requestUser = cache(currentUser);
