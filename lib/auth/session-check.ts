import { getPrisma } from "@/lib/db/client";
import { createSessionValidator } from "./session-store";

/**
 * The one check every request that uses a session goes through (the session callback behind
 * currentUser, and proxy.ts before a personal cached page). One per process; see
 * SESSION_CHECK_CACHE_MS for how long an answer is reused.
 */
const holder = globalThis as unknown as { __grVolgSessionValidator?: ReturnType<typeof createSessionValidator> };
holder.__grVolgSessionValidator ??= createSessionValidator(getPrisma);
export const sessionValidator = holder.__grVolgSessionValidator;

export const validateSession = sessionValidator.validate;
