export {
  defineCommand,
  SYSTEM_SECRETARIAAT,
  type Actors,
  type AuthorizedPerson,
  type AuthorizedUser,
  type Command,
  type CommandContext,
  type CommandUser,
  type InputOf,
  type OutputOf,
  type PermissionSpec,
  type TargetKind,
  type TargetSpec,
  type Tx,
} from "./define";
export { ConflictError, Refusal, TX_OPTIONS, UNIQUE_VIOLATION_MESSAGE } from "./errors";
export { applyGrStep } from "./gr";
export { runCommand, type RunOptions } from "./run";
