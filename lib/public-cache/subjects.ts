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
  // The shared copies of rendered pages and responses (shared-cache.ts): a cache, never shown data itself.
  PublicCacheEntry: "privé",
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
 * moves the versions of those regelingen and of their participants' gemeenten, plus the lists it can
 * change (listsOfTables) — not
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
 * List versions (issue 18, wave 11): what a page or API resource that lists many regelingen or
 * gemeenten reads on top of the kinds. A narrowed write moves only the lists whose CONTENT it can
 * change, decided from the tables the transaction wrote (LISTS_OF_TABLE): a register entry moves none
 * (its regeling's own page shows it), a besluit the besluiten list and the overview, a regeling's row
 * every list. A write the runner cannot narrow moves the kinds, which every list also reads.
 */
export const LIST_SUBJECTS = [
  // The HTML overview: the home page and /regelingen (state, participants, documents, target verdicts
  // from the forecast, the default regeling's tracks and milestones).
  "lijst:overzicht",
  // Names and slugs of the regelingen only: the matrix's regeling search and fallback.
  "lijst:namen",
  // The API lists (lib/api/lists.ts), each with what its items show.
  "lijst:regelingen",
  "lijst:gemeenten",
  "lijst:documenten",
  "lijst:besluiten",
  "lijst:zienswijzen",
  "lijst:deadlines",
] as const;
export type ListSubject = (typeof LIST_SUBJECTS)[number];

const EVERY_LIST: readonly ListSubject[] = LIST_SUBJECTS;

/**
 * Per narrowed table: the lists whose content a write to it can change. A narrowed table missing
 * here moves every list (a new table costs re-renders, never a stale list). Checked against the
 * read models in tests/integration/public-cache/data-version.test.ts.
 */
const LISTS_OF_TABLE: Record<string, readonly ListSubject[]> = {
  // Shown on its regeling's own page (records, audit trail) only.
  RegisterInschrijving: [],
  // A besluit's PDF: linked from the regeling and gemeente pages, in no list.
  StoredFile: [],
  StoredFileContent: [],
  // Only the matrix header ("gebruiker").
  User: [],
  // Its name and slug appear in every list.
  Regeling: EVERY_LIST,
  // The overview counts participants and forecasts per participant; the gemeenten list names their
  // regelingen; besluiten, zienswijzen and deadlines name the gemeente through the participant.
  Participant: ["lijst:overzicht", "lijst:gemeenten", "lijst:besluiten", "lijst:zienswijzen", "lijst:deadlines"],
  // The GR procedure's state (overview, regelingen list); the procedure's title (besluiten, deadlines);
  // zienswijzen are filtered by the procedure's regeling.
  Procedure: ["lijst:overzicht", "lijst:regelingen", "lijst:besluiten", "lijst:zienswijzen", "lijst:deadlines"],
  Track: ["lijst:overzicht", "lijst:deadlines"],
  Deadline: ["lijst:overzicht", "lijst:deadlines"],
  Zienswijze: ["lijst:overzicht", "lijst:zienswijzen"],
  ZienswijzePoint: ["lijst:zienswijzen"],
  Besluit: ["lijst:overzicht", "lijst:besluiten", "lijst:zienswijzen"],
  Motie: ["lijst:besluiten"],
  PlannedStep: ["lijst:overzicht"],
  Milestone: ["lijst:overzicht"],
  Document: ["lijst:overzicht", "lijst:documenten"],
  DocumentVersion: ["lijst:overzicht", "lijst:documenten", "lijst:besluiten", "lijst:zienswijzen"],
  // A zienswijze point names its article's number.
  Article: ["lijst:zienswijzen"],
  // Meetings and recesses feed the forecast (target verdicts); a body's name is a besluit's orgaan.
  Meeting: ["lijst:overzicht"],
  Recess: ["lijst:overzicht"],
  Body: ["lijst:overzicht", "lijst:besluiten"],
};

/** The list versions a narrowed write to these tables moves (private bookkeeping moves none). */
export function listsOfTables(tables: readonly string[]): ListSubject[] {
  const lists = new Set<ListSubject>();
  for (const table of tables) {
    if (SUBJECT_OF_TABLE[table] === "privé") continue;
    for (const list of LISTS_OF_TABLE[table] ?? EVERY_LIST) lists.add(list);
  }
  return LIST_SUBJECTS.filter((l) => lists.has(l));
}

/** What an anonymous public page reads: everything but users. */
export const PUBLIC_PAGE_SUBJECTS: readonly string[] = SUBJECTS.filter((s) => s !== "gebruiker");
/** What a signed-in cached page (the matrix) reads: also its user's name. */
export const PERSONAL_PAGE_SUBJECTS: readonly string[] = SUBJECTS;
