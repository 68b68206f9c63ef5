import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { runCommand, type Actors, type Command, type CommandUser } from "@/lib/commands";
import type { Upload } from "@/lib/storage/files";

/** A command as a call with the shape tests use (db, user, input, PDF) — through the one runner. */
export function byRunner<S extends z.ZodType, T extends object, A extends Actors>(command: Command<S, T, A>) {
  return (db: Db, user: CommandUser | null, raw: unknown, upload?: Upload | null) =>
    runCommand(db, user, command, raw, { upload });
}
