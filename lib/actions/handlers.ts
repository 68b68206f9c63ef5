import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Upload } from "@/lib/storage/files";
import type { ServiceResult } from "@/lib/services/griffie/common";
import { runCommand, type Command } from "@/lib/commands";
import { confirmationOf } from "@/lib/validation/confirmation";
import { requestMeta } from "@/lib/auth/request-meta";
import { sessionValidator } from "@/lib/auth/session-check";
import {
  answerBegrotingZienswijze,
  recordBegrotingStep,
  startBegrotingCycle,
  setBegrotingPlanning,
  submitBegrotingZienswijze,
  answerWijzigingZienswijze,
  addBegrotingswijziging,
  recordWijzigingStep,
  submitWijzigingZienswijze,
  acceptInvitation,
  addReces,
  setAgendaFeed,
  addVergadering,
  cancelVergadering,
  updateVergadering,
  adoptZienswijze,
  answerPoint,
  answerNota,
  correctBesluit,
  createEersteBeheerder,
  importGebruikers,
  importGemeenten,
  importVergaderingen,
  nieuweLinkVoorGebruiker,
  opheffenGemeente,
  opheffenRegio,
  publishVersion,
  recordAgendering,
  recordBeleidskaderBesluit,
  recordBeleidskaderStap,
  recordCollegeStep,
  recordGeenZienswijze,
  correctRegionalStep,
  recordMembershipChange,
  changePlannedStep,
  recordOntwerpVerzonden,
  recordRaadsledenoverleg,
  recordEindeVervangenRegeling,
  recordRegisterInschrijving,
  recordOntvangst,
  recordRegionalStep,
  recordToestemming,
  revokeAllOwnSessions,
  revokeOwnSession,
  saveFollowSettings,
  manageAgendaLink,
  setAgendaMail,
  saveGemeente,
  saveRegeling,
  saveRegio,
  saveZienswijzeConcept,
  startProcedure,
  submitZienswijze,
  uitnodigenGebruiker,
  unsubscribeDigest,
  wijzigGebruiker,
  zetGebruikerActief,
  startDvhActualisatie,
  recordDvhBosdAkkoord,
  recordDvhCollegebesluit,
  recordDvhRaadGeinformeerd,
} from "./commands";
import type { ActionContext, ActionResult, ActionUser } from "./context";

/**
 * The body of every server action, with its surroundings (session, database, cache) passed in.
 * The "use server" files only bind these to the session (one line per action), so the tests in
 * tests/integration/authz and tests/integration/fuzz run exactly what the app runs. Keyed by the
 * exported action name; lib/auth/entry-points.ts says which permission each one needs.
 *
 * Everything here treats its arguments as hostile: a client can post any value to a server action.
 */

export const UNREADABLE = "Het formulier kon niet worden gelezen. Laad de pagina opnieuw.";
const refuse = (message: string) => ({ ok: false as const, message });
const plain = (r: { ok: false; message: string; fieldErrors?: Record<string, string> }) =>
  r.fieldErrors
    ? { ok: false as const, message: r.message, fieldErrors: r.fieldErrors }
    : { ok: false as const, message: r.message };

type GriffieService = (db: Db, user: ActionUser | null, raw: unknown, upload?: Upload | null) => Promise<ServiceResult>;

/** FormData fields that carry no form value: React's/Next's action ids, the version, the upload. */
const notAValue = (name: string) => name.startsWith("$") || name === "expectedVersion" || name === "bestand";

/**
 * The form's own named fields as the object the schema parses, for a submit without JavaScript
 * (progressive enhancement: the browser posts the inputs by `name`, there is no `invoer`).
 * Dotted names nest ("punten.0.tekst" → { punten: [{ tekst }] }); the command's zod schema
 * validates the result exactly as it validates `invoer`.
 */
export function plainFieldsOf(fd: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of fd) {
    if (typeof value !== "string" || notAValue(name)) continue;
    const keys = name.split(".");
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const next = node[key] ?? (/^\d+$/.test(keys[i + 1]) ? [] : {});
      node[key] = next;
      node = next as Record<string, unknown>;
    });
  }
  return root;
}

/** The JSON in the form's `invoer` field (or, without it, the plain named fields), or undefined when it is not JSON. */
function invoerOf(fd: FormData): unknown {
  const value = fd.get("invoer");
  if (value === null) return plainFieldsOf(fd);
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** A server action's argument: FormData with `invoer`; anything else (or broken JSON) is undefined. */
const formInput = (fd: unknown): unknown => (fd instanceof FormData ? invoerOf(fd) : undefined);

const fileOf = (fd: FormData): File | null => {
  const file = fd.get("bestand");
  return file instanceof File && file.size > 0 ? file : null;
};

/** FormData (JSON in `invoer` + optional PDF in `bestand`) → griffie command (or not yet ported service) → revalidate. */
const griffieForm =
  (service: GriffieService | Command) =>
  async (ctx: ActionContext, fd: unknown): Promise<ActionResult> => {
    if (!(fd instanceof FormData)) return refuse(UNREADABLE);
    const raw = invoerOf(fd);
    if (raw === undefined) return refuse(UNREADABLE);
    const file = fileOf(fd);
    const upload = file ? { bestandsnaam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const db = await ctx.db();
    const user = await ctx.user();
    const result =
      typeof service === "function"
        ? await service(db, user, raw, upload)
        : await runCommand(db, user, service, raw, { upload, confirmed: confirmationOf(raw) });
    if (!result.ok) return plain(result);
    ctx.revalidate("/griffie", "layout");
    // The domain's warnings (a late step, issue 16) travel to the form's status message.
    const warnings = (result as { warnings?: unknown }).warnings;
    const payload: { warnings?: string[] } =
      Array.isArray(warnings) && warnings.length > 0 ? { warnings: warnings.map(String) } : {};
    return { ok: true, ...payload };
  };

/** The version the form saw, sent as the FormData field `expectedVersion` (digits only). */
function expectedVersionOf(fd: FormData): number | undefined {
  const v = fd.get("expectedVersion");
  return typeof v === "string" && /^\d{1,15}$/.test(v) ? Number(v) : undefined;
}

/**
 * Secretariat and college: FormData (the schema's values as JSON in `invoer`, the version the form
 * saw in `expectedVersion` when the command acts on a versioned track) → command → revalidate.
 */
const secretariaatForm =
  <S extends z.ZodType, T extends object, A extends "person" | "person-or-system">(
    command: Command<S, T, A>,
    /**
     * revalidate: the layout whose pages show the change. `null`: the form refreshes the page itself
     * (router.refresh after a save), so the answer carries no page: a revalidation makes Next.js
     * render the whole current page into the action's answer — a second render of the page the
     * refresh renders anyway (issue 18: the benchmark's writes took seconds, mostly that render).
     */
    opts: { versioned: boolean; revalidate: string | null },
  ) =>
  async (ctx: ActionContext, fd: unknown): Promise<ActionResult<T>> => {
    if (!(fd instanceof FormData)) return refuse(UNREADABLE);
    const raw = invoerOf(fd);
    const expectedVersion = opts.versioned ? expectedVersionOf(fd) : undefined;
    if (raw === undefined || (opts.versioned && expectedVersion === undefined)) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), await ctx.user(), command, raw, {
      expectedVersion,
      confirmed: confirmationOf(raw),
    });
    if (!res.ok) return plain(res);
    if (opts.revalidate !== null) ctx.revalidate(opts.revalidate, "layout");
    return res;
  };

/** The session commands record the request's source address; added last, so the client cannot set it. */
async function withSource(values: unknown) {
  const source = (await requestMeta()).sourceAddress;
  return values !== null && typeof values === "object" ? { ...values, bronadres: source } : values;
}

/**
 * FormData (the form's values as JSON in `invoer`) → command → revalidate beheer and the public pages it
 * feeds. The runner parses `invoer` with the command's schema (parseInput), so a bad field is a Dutch refusal.
 */
const beheerAction =
  <S extends z.ZodType, T extends object, A extends "person" | "person-or-system">(
    command: Command<S, T, A>,
    publicPath: string,
  ) =>
  async (ctx: ActionContext, fd: unknown): Promise<ActionResult<T>> => {
    const raw = formInput(fd);
    if (raw === undefined) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), await ctx.user(), command, raw, { confirmed: confirmationOf(raw) });
    if (!res.ok) return plain(res);
    // A dry run of the CSV import writes nothing: nothing to revalidate.
    if (!("toegepast" in res) || res.toegepast) {
      ctx.revalidate("/beheer", "layout");
      ctx.revalidate(publicPath, "layout");
    }
    return res;
  };

/** The own-session commands: FormData (`invoer`) plus the request's source address → command → revalidate. */
const sessionAction =
  <S extends z.ZodType>(
    command: Command<S, { message: string }, "person">,
    forget: (input: { sessieId?: unknown }, user: ActionUser | null) => void,
  ) =>
  async (ctx: ActionContext, fd: unknown): Promise<ActionResult<{ message: string }>> => {
    const raw = formInput(fd);
    if (raw === undefined) return refuse(UNREADABLE);
    const user = await ctx.user();
    const res = await runCommand(await ctx.db(), user, command, await withSource(raw));
    if (!res.ok) return plain(res);
    // This instance refuses the session at once; the others within SESSION_CHECK_CACHE_MS.
    forget(raw as { sessieId?: unknown }, user);
    ctx.revalidate("/werkruimte/sessies");
    return { ok: true, message: res.message };
  };

export const actionHandlers = {
  ontvangstAction: griffieForm(recordOntvangst),
  agenderingAction: griffieForm(recordAgendering),
  conceptAction: griffieForm(saveZienswijzeConcept),
  vaststellenAction: griffieForm(adoptZienswijze),
  indienenAction: griffieForm(submitZienswijze),
  geenZienswijzeAction: griffieForm(recordGeenZienswijze),
  toestemmingAction: griffieForm(recordToestemming),
  correctieAction: griffieForm(correctBesluit),
  beleidskaderStapAction: griffieForm(recordBeleidskaderStap),
  beleidskaderBesluitAction: griffieForm(recordBeleidskaderBesluit),

  vergaderingAction: griffieForm(addVergadering),
  recesAction: griffieForm(addReces),
  agendaFeedAction: griffieForm(setAgendaFeed),
  vergaderingWijzigenAction: griffieForm(updateVergadering),
  vergaderingAnnulerenAction: griffieForm(cancelVergadering),
  async importAction(ctx: ActionContext, fd: unknown) {
    if (!(fd instanceof FormData)) return refuse(UNREADABLE);
    const file = fileOf(fd);
    const upload = file ? { bestandsnaam: file.name, text: await file.text() } : {};
    const result = await runCommand(await ctx.db(), await ctx.user(), importVergaderingen, upload);
    if (result.ok) ctx.revalidate("/griffie", "layout");
    return result;
  },

  answerPointAction: secretariaatForm(answerPoint, { versioned: false, revalidate: "/secretariaat/nota" }),
  answerNotaAction: secretariaatForm(answerNota, { versioned: false, revalidate: "/secretariaat/nota" }),
  regionalStepAction: secretariaatForm(recordRegionalStep, { versioned: true, revalidate: "/secretariaat" }),
  publishVersionAction: secretariaatForm(publishVersion, { versioned: false, revalidate: "/secretariaat" }),
  collegeStepAction: secretariaatForm(recordCollegeStep, { versioned: true, revalidate: "/secretariaat" }),
  collegeWerkruimteStapAction: secretariaatForm(recordCollegeStep, { versioned: true, revalidate: "/college" }),
  ontwerpVerzondenAction: secretariaatForm(recordOntwerpVerzonden, { versioned: true, revalidate: "/secretariaat" }),
  raadsledenoverlegAction: secretariaatForm(recordRaadsledenoverleg, { versioned: true, revalidate: "/secretariaat" }),
  deelnemerWijzigingAction: secretariaatForm(recordMembershipChange, { versioned: true, revalidate: "/secretariaat" }),
  correctRegionalStepAction: secretariaatForm(correctRegionalStep, { versioned: true, revalidate: "/secretariaat" }),
  plannedStepAction: secretariaatForm(changePlannedStep, { versioned: true, revalidate: "/secretariaat" }),
  // Its one form (RegisterInschrijvingForm) refreshes the page after a save.
  registerInschrijvingAction: secretariaatForm(recordRegisterInschrijving, { versioned: false, revalidate: null }),
  begrotingStartAction: secretariaatForm(startBegrotingCycle, { versioned: false, revalidate: "/secretariaat" }),
  begrotingStapAction: secretariaatForm(recordBegrotingStep, { versioned: true, revalidate: "/secretariaat" }),
  begrotingAntwoordAction: secretariaatForm(answerBegrotingZienswijze, {
    versioned: false,
    revalidate: "/secretariaat",
  }),
  begrotingZienswijzeAction: griffieForm(submitBegrotingZienswijze),
  begrotingPlanningAction: secretariaatForm(setBegrotingPlanning, { versioned: true, revalidate: "/secretariaat" }),
  // Begrotingswijzigingen (art. 35 lid 5): steps on the cycle, so the secretariat's forms send its version.
  wijzigingAanmakenAction: secretariaatForm(addBegrotingswijziging, {
    versioned: true,
    revalidate: "/secretariaat",
  }),
  wijzigingStapAction: secretariaatForm(recordWijzigingStep, { versioned: true, revalidate: "/secretariaat" }),
  wijzigingAntwoordAction: secretariaatForm(answerWijzigingZienswijze, {
    versioned: false,
    revalidate: "/secretariaat",
  }),
  wijzigingZienswijzeAction: griffieForm(submitWijzigingZienswijze),
  // The Dienstverleningshandvest: every form sends the procedure's version (its state is regional, issue 17).
  dvhStartAction: secretariaatForm(startDvhActualisatie, { versioned: true, revalidate: "/secretariaat" }),
  dvhBosdAction: secretariaatForm(recordDvhBosdAkkoord, { versioned: true, revalidate: "/secretariaat" }),
  dvhCollegeAction: secretariaatForm(recordDvhCollegebesluit, { versioned: true, revalidate: "/college" }),
  dvhRaadAction: secretariaatForm(recordDvhRaadGeinformeerd, { versioned: true, revalidate: "/griffie" }),

  async saveFollowAction(ctx: ActionContext, fd: unknown): Promise<ActionResult> {
    const raw = formInput(fd);
    if (raw === undefined) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), await ctx.user(), saveFollowSettings, raw);
    return res.ok ? { ok: true } : plain(res);
  },

  // The private agenda address is shown once: the new secret travels back in the result, never stored in plain.
  async agendaLinkAction(ctx: ActionContext, fd: unknown): Promise<ActionResult<{ token: string | null }>> {
    const raw = formInput(fd);
    if (raw === undefined) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), await ctx.user(), manageAgendaLink, raw);
    if (!res.ok) return plain(res);
    ctx.revalidate("/griffie/agenda");
    return { ok: true, token: res.token };
  },
  agendaMailAction: griffieForm(setAgendaMail),

  revokeSessionAction: sessionAction(revokeOwnSession, (input) => sessionValidator.forget(String(input.sessieId))),
  revokeAllSessionsAction: sessionAction(revokeAllOwnSessions, (_input, user) => {
    if (user) sessionValidator.forgetUser(user.id);
  }),

  saveRegioAction: beheerAction(saveRegio, "/regelingen"),
  saveGemeenteAction: beheerAction(saveGemeente, "/gemeenten"),
  importGemeentenAction: beheerAction(importGemeenten, "/gemeenten"),
  saveRegelingAction: beheerAction(saveRegeling, "/regelingen"),
  startProcedureAction: beheerAction(startProcedure, "/regelingen"),
  eindeVervangenRegelingAction: beheerAction(recordEindeVervangenRegeling, "/regelingen"),
  uitnodigenGebruikerAction: beheerAction(uitnodigenGebruiker, "/beheer/gebruikers"),
  wijzigGebruikerAction: beheerAction(wijzigGebruiker, "/beheer/gebruikers"),
  gebruikerActiefAction: beheerAction(zetGebruikerActief, "/beheer/gebruikers"),
  nieuweLinkAction: beheerAction(nieuweLinkVoorGebruiker, "/beheer/gebruikers"),
  importGebruikersAction: beheerAction(importGebruikers, "/beheer/gebruikers"),
  opheffenGemeenteAction: beheerAction(opheffenGemeente, "/gemeenten"),
  opheffenRegioAction: beheerAction(opheffenRegio, "/regelingen"),

  /** Public: the token in the e-mail's link is the proof, no session. The page shows the outcome. */
  async unsubscribeAction(ctx: ActionContext, fd: unknown): Promise<ActionResult> {
    if (!(fd instanceof FormData)) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), null, unsubscribeDigest, { token: fd.get("token") });
    // A malformed link is answered with the schema's own message ("De afmeldlink is ongeldig.").
    if (!res.ok) return { ok: false, message: res.fieldErrors?.token ?? res.message };
    ctx.revalidate("/afmelden");
    return { ok: true };
  },
  /** Public: the one-time token from the invitation link is the proof (single use, expires). */
  async acceptInvitationAction(ctx: ActionContext, fd: unknown): Promise<ActionResult> {
    const input = formInput(fd);
    if (input === undefined) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), null, acceptInvitation, input);
    return res.ok ? { ok: true } : plain(res);
  },
  /** Public: only while no beheerder exists, and only with the one-time setup code printed by `gr-volg start`. */
  async eersteBeheerderAction(ctx: ActionContext, fd: unknown): Promise<ActionResult> {
    const input = formInput(fd);
    if (input === undefined) return refuse(UNREADABLE);
    const res = await runCommand(await ctx.db(), null, createEersteBeheerder, await withSource(input));
    return res.ok ? { ok: true } : plain(res);
  },
};

export type ActionName = keyof typeof actionHandlers;
