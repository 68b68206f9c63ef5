import type { RoleName } from "./roles";

/**
 * THE permissions table: role × action → scope. Every server action, API route and CLI command
 * asks `can()`; the UI asks it too, to hide what a user may not do. Deny by default: an action
 * or role missing here is refused.
 *
 *   "all"          — for every gemeente / the whole regio
 *   "own_gemeente" — only where the target gemeente is the user's own gemeente
 */
export type Scope = "all" | "own_gemeente";

export const ACTIONS = [
  "werkruimte.bekijken",
  "griffie.bekijken",
  "secretariaat.bekijken",
  "beheer.bekijken",
  "vergadering.beheren",
  "zienswijze.concept.bewerken",
  "zienswijze.concept.bekijken",
  "zienswijze.vaststellen",
  "raadsbesluit.registreren",
  "raadsbesluit.corrigeren",
  "collegebesluit.registreren",
  "ondertekening.registreren",
  "procedure.beheren",
  "versie.publiceren",
  "nota.bewerken",
  "bosd.besluit.registreren",
  "audit.bekijken",
  "gebruikers.beheren",
  "volgen.beheren",
  // Everyone manages the own sessions only (list, end one, sign out everywhere).
  "sessies.beheren",
  // Beheer workspace: regio, gemeenten and their bodies; regelingen, participants, starting procedures.
  "regio.beheren",
  "regeling.beheren",
  // The subscription to a raad's public meeting calendar (iCalendar feed) and applying what it says.
  "agendafeed.beheren",
  "agendafeed.bijwerken",
  // The college workspace: the college's own steps (collegebesluit, ondertekening, own bekendmaking).
  "college.bekijken",
  // Issue 15 point 4: the regio's answers to a raad's zienswijze, the nota, the forecast of that raad and its
  // draft documents (raadsvoorstel, zienswijze-brief) — what a griffier needs to write the raadsvoorstel.
  "beantwoording.bekijken",
  "raadsstukken.downloaden",
] as const;
export type Action = (typeof ACTIONS)[number];

/** The college's own-gemeente rights; its bestuurssecretariaat gets the same when the college delegates to it. */
const COLLEGE_PERMISSIONS: Partial<Record<Action, Scope>> = {
  "volgen.beheren": "all",
  "sessies.beheren": "all",
  "werkruimte.bekijken": "own_gemeente",
  "college.bekijken": "own_gemeente",
  "zienswijze.concept.bekijken": "own_gemeente",
  "collegebesluit.registreren": "own_gemeente",
  "ondertekening.registreren": "own_gemeente",
};

export const PERMISSIONS: Record<RoleName, Partial<Record<Action, Scope>>> = {
  ADMIN: {
    "volgen.beheren": "all",
    "sessies.beheren": "all",
    "werkruimte.bekijken": "all",
    "beheer.bekijken": "all",
    "audit.bekijken": "all",
    "gebruikers.beheren": "all",
    "regio.beheren": "all",
    "regeling.beheren": "all",
    "agendafeed.beheren": "all",
  },
  SECRETARIAAT: {
    // The scheduled fetch of subscribed meeting calendars runs as the system actor (SYSTEM_SECRETARIAAT).
    "agendafeed.bijwerken": "all",
    "volgen.beheren": "all",
    "sessies.beheren": "all",
    "werkruimte.bekijken": "all",
    "secretariaat.bekijken": "all",
    "procedure.beheren": "all",
    "versie.publiceren": "all",
    "nota.bewerken": "all",
    "bosd.besluit.registreren": "all",
    // The secretariat books the colleges' decisions and signatures it receives for the whole regio.
    "collegebesluit.registreren": "all",
    "ondertekening.registreren": "all",
    "audit.bekijken": "all",
    "beantwoording.bekijken": "all",
    "raadsstukken.downloaden": "all",
  },
  GRIFFIER: {
    "volgen.beheren": "all",
    "sessies.beheren": "all",
    "werkruimte.bekijken": "own_gemeente",
    "griffie.bekijken": "own_gemeente",
    "vergadering.beheren": "own_gemeente",
    "agendafeed.beheren": "own_gemeente",
    "zienswijze.concept.bewerken": "own_gemeente",
    "zienswijze.concept.bekijken": "own_gemeente",
    "zienswijze.vaststellen": "own_gemeente",
    "raadsbesluit.registreren": "own_gemeente",
    "raadsbesluit.corrigeren": "own_gemeente",
    // Accountability: a griffier can check what was recorded for the own gemeente (not regio-wide events).
    "audit.bekijken": "own_gemeente",
    // Only the own raad's zienswijze, answers, forecast and draft documents (deny by default for the rest).
    "beantwoording.bekijken": "own_gemeente",
    "raadsstukken.downloaden": "own_gemeente",
  },
  COLLEGE: COLLEGE_PERMISSIONS,
  // A gemeente may delegate the college's steps to its own bestuurssecretariaat (never regio-wide).
  BESTUURSSECRETARIAAT: COLLEGE_PERMISSIONS,
  RAADSLID: {
    "volgen.beheren": "all",
    "sessies.beheren": "all",
  },
};

export interface Subject {
  role: RoleName;
  gemeenteId: string | null;
}

export interface Target {
  /** The gemeente the action concerns; undefined for regio-wide actions. */
  gemeenteId?: string | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

export function can(subject: Subject | null, action: Action, target: Target = {}): Decision {
  if (!subject) return { allowed: false, reason: "U moet ingelogd zijn om dit te doen." };
  const scope = PERMISSIONS[subject.role]?.[action];
  if (!scope) return { allowed: false, reason: "U heeft geen toestemming voor deze handeling." };
  if (scope === "all") return { allowed: true };
  // own_gemeente: the user needs a gemeente, and a gemeente-specific target must be that one.
  if (!subject.gemeenteId) return { allowed: false, reason: "Uw account is niet aan een gemeente gekoppeld." };
  if (target.gemeenteId === undefined) return { allowed: true };
  if (target.gemeenteId !== subject.gemeenteId) {
    return { allowed: false, reason: "U kunt dit alleen voor uw eigen gemeente doen." };
  }
  return { allowed: true };
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Throwing variant for services: one call, deny by default. */
export function authorize(subject: Subject | null, action: Action, target: Target = {}): void {
  const decision = can(subject, action, target);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}
