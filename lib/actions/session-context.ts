import "server-only";
import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import type { ActionContext } from "./context";

/** The real surroundings of a server action: the session's user, the app's database, Next's cache. */
export const sessionContext: ActionContext = {
  db: getPrisma,
  user: currentUser,
  revalidate: (path, type) => revalidatePath(path, type),
};
