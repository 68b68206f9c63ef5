import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { isRole, type RoleName } from "./roles";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: RoleName;
  gemeenteId: string | null;
  gemeenteNaam: string | null;
  /** The server-side session (lib/auth/session-store.ts) this request came with. */
  sessionId: string | null;
}

/**
 * The signed-in user, or null. Server components, server actions and route handlers use this.
 * The session callback (lib/auth/options.ts) has already checked the session in PostgreSQL
 * (validateSession): a revoked or outdated session arrives here without a user.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user as (Partial<SessionUser> & { name?: string | null; email?: string | null }) | undefined;
  if (!u?.id || !isRole(u.role)) return null;
  return {
    id: u.id,
    name: u.name ?? u.email ?? "",
    email: u.email ?? "",
    role: u.role,
    gemeenteId: u.gemeenteId ?? null,
    gemeenteNaam: u.gemeenteNaam ?? null,
    sessionId: u.sessionId ?? null,
  };
}
