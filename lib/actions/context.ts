import type { Result } from "@/lib/result";
import type { Db } from "@/lib/db/client";
import type { RoleName } from "@/lib/auth/roles";

/** Who acts: what the services need of the signed-in user. */
export interface ActionUser {
  id: string;
  role: RoleName;
  gemeenteId: string | null;
  /** The server-side session of the request (lib/auth/session-store.ts); only the session page needs it. */
  sessionId?: string | null;
}

/**
 * What a server action needs from its surroundings. In the app this is the next-auth session,
 * the process-wide database and Next's cache (lib/actions/session-context.ts); tests pass their
 * own throwaway database and user and run exactly the same handler (lib/actions/handlers.ts).
 */
export interface ActionContext {
  db(): Promise<Db>;
  user(): Promise<ActionUser | null>;
  revalidate(path: string, type?: "layout" | "page"): void;
}

/** The one result type (lib/result). */
export type ActionResult<T = object> = Result<T>;
