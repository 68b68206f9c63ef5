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
  // A griffier's private calendar address: shown on no cached page.
  AgendaLink: "privé",
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

/**
 * Tables whose written rows the runner can narrow to the regelingen they belong to (a row trigger
 * notes their scope: migrations 20261202091201_scoped_data_versions and
 * 20261202121500_narrow_more_versions). A command that writes only these (and private bookkeeping)
 * moves the versions of those regelingen and of their participants' gemeenten, plus "lijst" — not
 * the kind rows every page reads (a user moves only "gebruiker"; a stored file no besluit references,
 * or a user's private settings, nothing). Keep in step with the migrations.
 */
export const NARROWED_TABLES: ReadonlySet<string> = new Set([
  "RegisterInschrijving",
  "Milestone",
  "Document",
  "Procedure",
  "Participant",
  "Track",
  "Deadline",
  "Zienswijze",
  "Besluit",
  "PlannedStep",
  "Motie",
  "ZienswijzePoint",
  "DocumentVersion",
  "Article",
  "StoredFile",
  "StoredFileContent",
  "Meeting",
  "Recess",
  "Body",
  "Regeling",
  "User",
]);

/** Whether a write to these tables can be narrowed (every shown table among them is in NARROWED_TABLES). */
export function narrowable(tables: readonly string[]): boolean {
  return tables.every((t) => NARROWED_TABLES.has(t) || SUBJECT_OF_TABLE[t] === "privé");
}

/**
 * The row every page that is not one regeling's or one gemeente's page reads on top of the kinds
 * (index pages, documents, the matrix): a narrowed write moves it, so those pages stay as fresh as
 * before the versions were narrowed.
 */
export const LIST_SUBJECT = "lijst";

/** What an anonymous public page reads: everything but users. */
export const PUBLIC_PAGE_SUBJECTS: readonly string[] = SUBJECTS.filter((s) => s !== "gebruiker");
/** What a signed-in cached page (the matrix) reads: also its user's name. */
export const PERSONAL_PAGE_SUBJECTS: readonly string[] = SUBJECTS;
