import type { Command, TargetKind } from "@/lib/commands";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { recordBeleidskaderBesluit, recordBeleidskaderStap } from "@/lib/services/griffie/beleidskader";
import {
  correctBesluit,
  recordAgendering,
  recordGeenZienswijze,
  recordOntvangst,
  recordToestemming,
} from "@/lib/services/griffie/raadsbesluiten";
import { adoptZienswijze, saveZienswijzeConcept, submitZienswijze } from "@/lib/services/griffie/zienswijze";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import {
  recordMembershipChange,
  recordOntwerpVerzonden,
  recordRaadsledenoverleg,
} from "@/lib/services/secretariaat/records";
import { saveRegio } from "@/lib/services/beheer/regio";
import { saveGemeente } from "@/lib/services/beheer/gemeente";
import { importGemeenten } from "@/lib/services/beheer/gemeente-csv";
import { saveRegeling } from "@/lib/services/beheer/regeling";
import { startProcedure } from "@/lib/services/beheer/procedure";
import { saveFollowSettings, unsubscribeDigest } from "@/lib/services/follow";
import { addReces, addVergadering, importVergaderingen } from "@/lib/services/griffie/vergaderingen";
import { answerPoint } from "@/lib/services/nota";
import { revokeAllOwnSessions, revokeOwnSession } from "@/lib/services/sessions";
import { acceptInvitation } from "@/lib/services/users/invitations";
import {
  nieuweLinkVoorGebruiker,
  uitnodigenGebruiker,
  wijzigGebruiker,
  zetGebruikerActief,
} from "@/lib/services/users/gebruikers";
import { createEersteBeheerder } from "@/lib/services/users/eerste-beheerder";
import { importGebruikers } from "@/lib/services/users/gebruikers-csv";
import { opheffenGemeente, opheffenRegio } from "@/lib/services/beheer/opheffen";
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

/**
 * Every server action. Those that run a command name it (`runs`); the others, until they are
 * ported onto the runner, still state their permission and target here.
 */
export const ACTION_ENTRY_POINTS = {
  ontvangstAction: runs(GRIFFIE, recordOntvangst),
  agenderingAction: runs(GRIFFIE, recordAgendering),
  conceptAction: runs(GRIFFIE, saveZienswijzeConcept),
  vaststellenAction: runs(GRIFFIE, adoptZienswijze),
  indienenAction: runs(GRIFFIE, submitZienswijze),
  geenZienswijzeAction: runs(GRIFFIE, recordGeenZienswijze),
  toestemmingAction: runs(GRIFFIE, recordToestemming),
  correctieAction: runs(GRIFFIE, correctBesluit),
  beleidskaderStapAction: runs(GRIFFIE, recordBeleidskaderStap),
  beleidskaderBesluitAction: runs(GRIFFIE, recordBeleidskaderBesluit),
  vergaderingAction: runs(VERGADERINGEN, addVergadering),
  recesAction: runs(VERGADERINGEN, addReces),
  importAction: runs(VERGADERINGEN, importVergaderingen),
  answerPointAction: runs("app/(werk)/secretariaat/nota/[procedureId]/actions.ts", answerPoint),
  regionalStepAction: runs(PROCEDURES, recordRegionalStep),
  publishVersionAction: runs(PROCEDURES, publishVersion),
  collegeStepAction: runs(PROCEDURES, recordCollegeStep),
  ontwerpVerzondenAction: runs(PROCEDURES, recordOntwerpVerzonden),
  raadsledenoverlegAction: runs(PROCEDURES, recordRaadsledenoverleg),
  deelnemerWijzigingAction: runs(PROCEDURES, recordMembershipChange),
  saveFollowAction: runs("app/(werk)/volgen/actions.ts", saveFollowSettings),
  revokeSessionAction: runs(SESSIES, revokeOwnSession),
  revokeAllSessionsAction: runs(SESSIES, revokeAllOwnSessions),
  saveRegioAction: runs(BEHEER, saveRegio),
  saveGemeenteAction: runs(BEHEER, saveGemeente),
  importGemeentenAction: runs(BEHEER, importGemeenten),
  saveRegelingAction: runs(BEHEER, saveRegeling),
  startProcedureAction: runs(BEHEER, startProcedure),
  unsubscribeAction: runs("app/(public)/afmelden/actions.ts", unsubscribeDigest),
  acceptInvitationAction: runs("app/uitnodiging/[token]/actions.ts", acceptInvitation),
  uitnodigenGebruikerAction: runs(GEBRUIKERS, uitnodigenGebruiker),
  wijzigGebruikerAction: runs(GEBRUIKERS, wijzigGebruiker),
  gebruikerActiefAction: runs(GEBRUIKERS, zetGebruikerActief),
  nieuweLinkAction: runs(GEBRUIKERS, nieuweLinkVoorGebruiker),
  importGebruikersAction: runs(GEBRUIKERS, importGebruikers),
  opheffenGemeenteAction: runs(OPHEFFEN, opheffenGemeente),
  opheffenRegioAction: runs(OPHEFFEN, opheffenRegio),
  eersteBeheerderAction: runs("app/eerste-beheerder/actions.ts", createEersteBeheerder),
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
  "app/api/v1/gemeenten/route.ts": api(),
  "app/api/v1/gemeenten/[slug]/route.ts": api(),
  "app/api/v1/documenten/route.ts": api(),
  "app/api/v1/documenten/[id]/route.ts": api(),
  "app/api/v1/documenten/[id]/versies/route.ts": api(),
  "app/api/v1/besluiten/route.ts": api(),
  "app/api/v1/zienswijzen/route.ts": api(),
  "app/api/v1/deadlines/route.ts": api(),
  "app/api/v1/openapi.json/route.ts": api(),
  "app/ics/regelingen/[slug]/route.ts": { methods: ["GET"], access: { kind: "public-get" } },
  "app/ics/gemeenten/[slug]/route.ts": { methods: ["GET"], access: { kind: "public-get" } },
  "app/api/auth/[...nextauth]/route.ts": { methods: ["GET", "POST"], access: { kind: "auth" } },
  "app/(werk)/secretariaat/export/status/route.ts": secretariaat,
  "app/(werk)/secretariaat/raadsvoorstel/[procedureId]/[gemeente]/route.ts": secretariaat,
  "app/(werk)/secretariaat/nota/[procedureId]/export/docx/route.ts": secretariaat,
  "app/(werk)/secretariaat/nota/[procedureId]/export/csv/route.ts": secretariaat,
  // Griffiers see the own gemeente's events, the secretariat all (the service applies the scope).
  "app/(werk)/secretariaat/audit/export/route.ts": {
    methods: ["GET"],
    access: { kind: "permission", permission: "audit.bekijken" },
  },
  // Uploaded files (lib/services/files/download.ts decides per file).
  "app/bestanden/[id]/route.ts": {
    methods: ["GET"],
    access: { kind: "registration", draftPermission: "griffie.bekijken" },
  },
};
