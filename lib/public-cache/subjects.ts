/**
 * The kinds of data the cached pages show, each with its own version in "DataVersion". A write to
 * a table moves the version of its subject; a table listed as private moves nothing. A table
 * that is not listed at all (a new model) counts as "overig", which every cached page reads, so
 * forgetting to list a new table costs re-renders, never a stale page.
 */
export const SUBJECTS = ["regeling", "gemeente", "document", "procedure", "gebruiker", "overig"] as const;
export type Subject = (typeof SUBJECTS)[number];

const SUBJECT_OF_TABLE: Record<string, Subject | "privé"> = {
  Regio: "regeling",
  Regeling: "regeling",
  Body: "regeling",
  Milestone: "regeling",
  Article: "regeling",
  RegisterInschrijving: "regeling",
  Gemeente: "gemeente",
  Participant: "gemeente",
  Meeting: "gemeente",
  Recess: "gemeente",
  Document: "document",
  DocumentVersion: "document",
  StoredFile: "document",
  StoredFileContent: "document",
  Procedure: "procedure",
  Track: "procedure",
  Deadline: "procedure",
  Zienswijze: "procedure",
  ZienswijzePoint: "procedure",
  Besluit: "procedure",
  Motie: "procedure",
  PlannedStep: "procedure",
  // Only the signed-in matrix shows a user (its own name in the header).
  User: "gebruiker",
  // Bookkeeping no cached page shows: sign-ins, sessions, invitations, settings, audit, reminders, feeds.
  UserSession: "privé",
  UserIdentity: "privé",
  UserInvitation: "privé",
  AppSetting: "privé",
  Follow: "privé",
  AuditEvent: "privé",
  AuditCheckpoint: "privé",
  LoginThrottle: "privé",
  SentReminder: "privé",
  AgendaFeedSubscription: "privé",
  AgendaFeedClaim: "privé",
  DataVersion: "privé",
};

/** The subjects whose version a write to these tables moves. */
export function subjectsOfTables(tables: readonly string[]): Subject[] {
  const subjects = new Set<Subject>();
  for (const table of tables) {
    const subject = SUBJECT_OF_TABLE[table] ?? "overig";
    if (subject !== "privé") subjects.add(subject);
  }
  return SUBJECTS.filter((s) => subjects.has(s));
}

/** What an anonymous public page reads: everything but users. */
export const PUBLIC_PAGE_SUBJECTS: readonly Subject[] = SUBJECTS.filter((s) => s !== "gebruiker");
/** What a signed-in cached page (the matrix) reads: also its user's name. */
export const PERSONAL_PAGE_SUBJECTS: readonly Subject[] = SUBJECTS;
