import type { Command, TargetKind } from "@/lib/commands";
import * as c from "@/lib/actions/commands";
import type { Action } from "./permissions";

/**
 * Every way into the app that can change or reveal non-public data, with the permission it needs
 * (lib/auth/permissions.ts decides who has it). tests/unit/authz-registry.test.ts scans the source
 * and fails when a server action or route handler is missing here; tests/integration/authz runs
 * every action for every role and both scopes and checks the outcome against the table.
 */

/** Where the target gemeente of an action comes from (what "own gemeente" is checked against). */
export type TargetOf = TargetKind;

export interface ActionEntry {
  /** The "use server" file that exports it (relative to the repository root). */
  file: string;
  /** The command the action runs (lib/commands); its permission and target are the command's own. */
  command?: string;
  /** The permission (or, per value of one input field, the permission per value). Null: public, see `publicBecause`. */
  permission: Action | { field: string; byValue: Record<string, Action> } | null;
  target: TargetOf;
  publicBecause?: string;
}

/**
 * An entry point that runs a command: the permission and the target are read from the command's
 * declaration, so they are written once (there).
 */
function runs(file: string, command: Command): ActionEntry {
  const target = typeof command.target === "string" ? command.target : command.target.kind;
  return {
    file,
    command: command.name,
    permission:
      command.permission === null || typeof command.permission === "string"
        ? command.permission
        : { field: command.permission.field, byValue: command.permission.byValue },
    target,
    ...(command.publicBecause ? { publicBecause: command.publicBecause } : {}),
  };
}

const GRIFFIE = "app/(werk)/griffie/actions.ts";
const VERGADERINGEN = "app/(werk)/griffie/vergaderingen/actions.ts";
const PROCEDURES = "app/(werk)/secretariaat/procedures/[id]/actions.ts";
const BEHEER = "app/(werk)/beheer/actions.ts";
const GEBRUIKERS = "app/(werk)/beheer/gebruikers/actions.ts";
const OPHEFFEN = "app/(werk)/beheer/opheffen/actions.ts";
const SESSIES = "app/werkruimte/sessies/actions.ts";
const BEGROTING = "app/(werk)/secretariaat/begroting/actions.ts";
const AGENDA = "app/(werk)/griffie/agenda/actions.ts";

/**
 * Every server action. Those that run a command name it (`runs`); the others, until they are
 * ported onto the runner, still state their permission and target here.
 */
export const ACTION_ENTRY_POINTS = {
  ontvangstAction: runs(GRIFFIE, c.recordOntvangst),
  agenderingAction: runs(GRIFFIE, c.recordAgendering),
  conceptAction: runs(GRIFFIE, c.saveZienswijzeConcept),
  vaststellenAction: runs(GRIFFIE, c.adoptZienswijze),
  indienenAction: runs(GRIFFIE, c.submitZienswijze),
  geenZienswijzeAction: runs(GRIFFIE, c.recordGeenZienswijze),
  toestemmingAction: runs(GRIFFIE, c.recordToestemming),
  correctieAction: runs(GRIFFIE, c.correctBesluit),
  beleidskaderStapAction: runs(GRIFFIE, c.recordBeleidskaderStap),
  beleidskaderBesluitAction: runs(GRIFFIE, c.recordBeleidskaderBesluit),
  vergaderingAction: runs(VERGADERINGEN, c.addVergadering),
  recesAction: runs(VERGADERINGEN, c.addReces),
  importAction: runs(VERGADERINGEN, c.importVergaderingen),
  agendaFeedAction: runs(VERGADERINGEN, c.setAgendaFeed),
  vergaderingWijzigenAction: runs(VERGADERINGEN, c.updateVergadering),
  vergaderingAnnulerenAction: runs(VERGADERINGEN, c.cancelVergadering),
  answerPointAction: runs("app/(werk)/secretariaat/nota/[procedureId]/actions.ts", c.answerPoint),
  answerNotaAction: runs("app/(werk)/secretariaat/nota/[procedureId]/actions.ts", c.answerNota),
  regionalStepAction: runs(PROCEDURES, c.recordRegionalStep),
  plannedStepAction: runs(PROCEDURES, c.changePlannedStep),
  publishVersionAction: runs(PROCEDURES, c.publishVersion),
  collegeStepAction: runs(PROCEDURES, c.recordCollegeStep),
  ontwerpVerzondenAction: runs(PROCEDURES, c.recordOntwerpVerzonden),
  raadsledenoverlegAction: runs(PROCEDURES, c.recordRaadsledenoverleg),
  deelnemerWijzigingAction: runs(PROCEDURES, c.recordMembershipChange),
  correctRegionalStepAction: runs(PROCEDURES, c.correctRegionalStep),
  saveFollowAction: runs("app/(werk)/volgen/actions.ts", c.saveFollowSettings),
  agendaLinkAction: runs(AGENDA, c.manageAgendaLink),
  agendaMailAction: runs(AGENDA, c.setAgendaMail),
  revokeSessionAction: runs(SESSIES, c.revokeOwnSession),
  revokeAllSessionsAction: runs(SESSIES, c.revokeAllOwnSessions),
  saveRegioAction: runs(BEHEER, c.saveRegio),
  saveGemeenteAction: runs(BEHEER, c.saveGemeente),
  importGemeentenAction: runs(BEHEER, c.importGemeenten),
  saveRegelingAction: runs(BEHEER, c.saveRegeling),
  startProcedureAction: runs(BEHEER, c.startProcedure),
  unsubscribeAction: runs("app/(public)/afmelden/actions.ts", c.unsubscribeDigest),
  acceptInvitationAction: runs("app/uitnodiging/[token]/actions.ts", c.acceptInvitation),
  uitnodigenGebruikerAction: runs(GEBRUIKERS, c.uitnodigenGebruiker),
  wijzigGebruikerAction: runs(GEBRUIKERS, c.wijzigGebruiker),
  gebruikerActiefAction: runs(GEBRUIKERS, c.zetGebruikerActief),
  nieuweLinkAction: runs(GEBRUIKERS, c.nieuweLinkVoorGebruiker),
  importGebruikersAction: runs(GEBRUIKERS, c.importGebruikers),
  opheffenGemeenteAction: runs(OPHEFFEN, c.opheffenGemeente),
  opheffenRegioAction: runs(OPHEFFEN, c.opheffenRegio),
  eersteBeheerderAction: runs("app/eerste-beheerder/actions.ts", c.createEersteBeheerder),
  registerInschrijvingAction: runs(PROCEDURES, c.recordRegisterInschrijving),
  eindeVervangenRegelingAction: runs(BEHEER, c.recordEindeVervangenRegeling),
  collegeWerkruimteStapAction: runs("app/(werk)/college/actions.ts", c.recordCollegeStep),
  begrotingStartAction: runs(BEGROTING, c.startBegrotingCycle),
  begrotingStapAction: runs(BEGROTING, c.recordBegrotingStep),
  begrotingAntwoordAction: runs(BEGROTING, c.answerBegrotingZienswijze),
  begrotingPlanningAction: runs(BEGROTING, c.setBegrotingPlanning),
  begrotingZienswijzeAction: runs(GRIFFIE, c.submitBegrotingZienswijze),
  wijzigingAanmakenAction: runs(BEGROTING, c.addBegrotingswijziging),
  wijzigingStapAction: runs(BEGROTING, c.recordWijzigingStep),
  wijzigingAntwoordAction: runs(BEGROTING, c.answerWijzigingZienswijze),
  wijzigingZienswijzeAction: runs(GRIFFIE, c.submitWijzigingZienswijze),
  dvhStartAction: runs("app/(werk)/secretariaat/handvest/actions.ts", c.startDvhActualisatie),
  dvhBosdAction: runs("app/(werk)/secretariaat/handvest/actions.ts", c.recordDvhBosdAkkoord),
  dvhCollegeAction: runs("app/(werk)/college/handvest/actions.ts", c.recordDvhCollegebesluit),
  dvhRaadAction: runs("app/(werk)/griffie/handvest/actions.ts", c.recordDvhRaadGeinformeerd),
} satisfies Record<string, ActionEntry>;

export type RouteAccess =
  | { kind: "public-read" } // open data: GET/HEAD/OPTIONS; every other method answers 405
  | { kind: "public-get" } // open data, only GET exported (Next answers 405 for the rest)
  | { kind: "permission"; permission: Action } // signed out 401, without the permission 403
  | { kind: "auth" } // next-auth's own endpoints (CSRF token on every POST)
  // Public once the registration is vastgesteld, a draft only for `draftPermission` (own gemeente) or the secretariat.
  | { kind: "registration"; draftPermission: Action };

export interface RouteEntry {
  methods: readonly string[];
  access: RouteAccess;
}

const READ_ONLY = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const api = (methods: readonly string[] = READ_ONLY): RouteEntry => ({ methods, access: { kind: "public-read" } });
const secretariaat: RouteEntry = {
  methods: ["GET"],
  access: { kind: "permission", permission: "secretariaat.bekijken" },
};

/** Every route.ts under app/, by path, with the HTTP methods it exports. */
export const ROUTE_ENTRY_POINTS: Record<string, RouteEntry> = {
  "app/api/v1/route.ts": api(),
  "app/api/v1/[...pad]/route.ts": api(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
  "app/api/v1/regelingen/route.ts": api(),
  "app/api/v1/regelingen/[slug]/route.ts": api(),
  "app/api/v1/dienstverleningshandvesten/[id]/route.ts": api(),
  "app/api/v1/regelingen/[slug]/begrotingscycli/route.ts": api(),
  "app/api/v1/gemeenten/route.ts": api(),
  "app/api/v1/gemeenten/[slug]/route.ts": api(),
  "app/api/v1/gemeenten/[slug]/begrotingscycli/route.ts": api(),
  "app/api/v1/documenten/route.ts": api(),
  "app/api/v1/documenten/[id]/route.ts": api(),
  "app/api/v1/documenten/[id]/versies/route.ts": api(),
  "app/api/v1/besluiten/route.ts": api(),
  "app/api/v1/zoeken/route.ts": api(),
  "app/api/v1/zienswijzen/route.ts": api(),
  "app/api/v1/deadlines/route.ts": api(),
  "app/api/v1/openapi.json/route.ts": api(),
  "app/ics/regelingen/[slug]/route.ts": { methods: ["GET"], access: { kind: "public-get" } },
  "app/ics/gemeenten/[slug]/route.ts": { methods: ["GET"], access: { kind: "public-get" } },
  // Issue 17: a griffier's private agenda address; the secret in the path is the proof (404 for any other path).
  "app/ics/agenda/[token]/route.ts": { methods: ["GET"], access: { kind: "public-get" } },
  "app/api/auth/[...nextauth]/route.ts": { methods: ["GET", "POST"], access: { kind: "auth" } },
  "app/(werk)/secretariaat/export/status/route.ts": secretariaat,
  "app/(werk)/secretariaat/raadsvoorstel/[procedureId]/[gemeente]/route.ts": secretariaat,
  "app/(werk)/secretariaat/nota/[procedureId]/export/docx/route.ts": secretariaat,
  "app/(werk)/secretariaat/nota/[procedureId]/export/csv/route.ts": secretariaat,
  "app/(werk)/secretariaat/nota/[procedureId]/export/pdf/route.ts": secretariaat,
  "app/(werk)/secretariaat/raadsvoorstel/[procedureId]/[gemeente]/pdf/route.ts": secretariaat,
  // Griffiers see the own gemeente's events, the secretariat all (the service applies the scope).
  "app/(werk)/secretariaat/audit/export/route.ts": {
    methods: ["GET"],
    access: { kind: "permission", permission: "audit.bekijken" },
  },
  // Issue 15: the griffier's draft raadsvoorstel and zienswijze-brief, own gemeente only (the service checks the target).
  "app/(werk)/griffie/documenten/[procedureId]/[gemeente]/[soort]/route.ts": {
    methods: ["GET"],
    access: { kind: "permission", permission: "raadsstukken.downloaden" },
  },
  // Issue 17: the griffie agenda as iCalendar, own gemeente only (the handler reads the user's own gemeente).
  "app/(werk)/griffie/agenda/ics/route.ts": {
    methods: ["GET"],
    access: { kind: "permission", permission: "griffie.bekijken" },
  },
  // Uploaded files (lib/services/files/download.ts decides per file).
  "app/bestanden/[id]/route.ts": {
    methods: ["GET"],
    access: { kind: "registration", draftPermission: "griffie.bekijken" },
  },
};
