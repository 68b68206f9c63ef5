import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import type { Actor, RegionalEvent } from "@/lib/domain";

type SetExit = (code: number) => void;

/** Regional steps the command can register; the nota van beantwoording needs its answers and is not one of them. */
export const CLI_REGIONAL_STEPS = [
  "concept_opgesteld",
  "bosd_akkoord",
  "zienswijzeprocedure_geopend",
  "zienswijzeprocedure_gesloten",
  "definitieve_versie_vastgesteld",
  "toestemmingsprocedure_geopend",
  "herziene_versie_gepubliceerd",
  "bekendmaking_geregistreerd",
  "inwerkingtreding_geregistreerd",
] as const;

export const CLI_ACTOR: Actor = { userId: null, role: "SECRETARIAAT", gemeenteId: null };

export interface StapOptions {
  regeling: string;
  document: string;
  stap: string;
  datum: string;
  versie?: string;
  reden?: string;
  kenmerk?: string;
}

/** Applies one REGIONAL step of a GR procedure as the secretariat, through the one mutation path (audited). */
export async function runProcedureStap(db: Db, opts: StapOptions): Promise<{ exitCode: number; message: string }> {
  const { isIsoDate } = await import("@/lib/domain");
  const { isYearInRange, MIN_YEAR, MAX_YEAR } = await import("@/lib/validation/dates");
  const { applyGrProcedureCommand, isGrProcedureKind, ConflictError } = await import(
    "@/lib/services/gr-procedure-store"
  );
  if (!(CLI_REGIONAL_STEPS as readonly string[]).includes(opts.stap)) {
    return { exitCode: 2, message: `Onbekende stap "${opts.stap}". Mogelijk: ${CLI_REGIONAL_STEPS.join(", ")}.` };
  }
  if (!isIsoDate(opts.datum))
    return { exitCode: 2, message: `--datum moet een datum zijn als 2026-05-01 (gekregen: ${opts.datum}).` };
  if (!isYearInRange(opts.datum))
    return { exitCode: 2, message: `--datum moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen (gekregen: ${opts.datum}).` };
  const document = await db.document.findFirst({
    where: { slug: opts.document, regeling: { slug: opts.regeling } },
    include: { versions: { orderBy: { number: "asc" } }, procedures: { orderBy: { createdAt: "desc" } } },
  });
  if (!document) return { exitCode: 2, message: `Geen document "${opts.document}" in regeling "${opts.regeling}".` };
  const procedure = document.procedures.find((p) => isGrProcedureKind(p.kind));
  if (!procedure) return { exitCode: 2, message: `Het document "${opts.document}" heeft geen GR-procedure.` };
  const number = opts.versie === undefined ? undefined : Number(opts.versie);
  const version =
    number === undefined
      ? document.versions[document.versions.length - 1]
      : document.versions.find((v) => v.number === number);
  if (!version)
    return { exitCode: 2, message: `Versie ${opts.versie ?? "(laatste)"} van "${opts.document}" bestaat niet.` };
  const d = opts.datum;
  const v = version.id;
  const events: Record<(typeof CLI_REGIONAL_STEPS)[number], () => RegionalEvent> = {
    concept_opgesteld: () => ({ type: "concept_opgesteld", documentVersionId: v, label: version.label, createdOn: d }),
    bosd_akkoord: () => ({ type: "bosd_akkoord", decision: { documentVersionId: v, decidedOn: d, body: "bosd" } }),
    zienswijzeprocedure_geopend: () => ({ type: "zienswijzeprocedure_geopend", documentVersionId: v, openedOn: d }),
    zienswijzeprocedure_gesloten: () => ({ type: "zienswijzeprocedure_gesloten", closedOn: d }),
    definitieve_versie_vastgesteld: () => ({
      type: "definitieve_versie_vastgesteld",
      documentVersionId: v,
      label: version.label,
      createdOn: d,
    }),
    toestemmingsprocedure_geopend: () => ({ type: "toestemmingsprocedure_geopend", documentVersionId: v, openedOn: d }),
    herziene_versie_gepubliceerd: () => ({
      type: "herziene_versie_gepubliceerd",
      documentVersionId: v,
      label: version.label,
      createdOn: d,
      reason: opts.reden ?? "",
    }),
    bekendmaking_geregistreerd: () => ({
      type: "bekendmaking_geregistreerd",
      publishedOn: d,
      ...(opts.kenmerk ? { reference: opts.kenmerk } : {}),
    }),
    inwerkingtreding_geregistreerd: () => ({ type: "inwerkingtreding_geregistreerd", effectiveOn: d }),
  };
  const event = events[opts.stap as (typeof CLI_REGIONAL_STEPS)[number]]();
  try {
    const res = await applyGrProcedureCommand(db, {
      procedureId: procedure.id,
      actor: CLI_ACTOR,
      command: { track: "regional", event },
    });
    if (!res.ok) return { exitCode: 3, message: res.message };
    return {
      exitCode: 0,
      message: `Stap "${opts.stap}" geregistreerd voor "${procedure.titel}" (versie ${version.number}, ${d}).`,
    };
  } catch (err) {
    if (err instanceof ConflictError) return { exitCode: 4, message: err.message };
    throw err;
  }
}

export function registerProcedureCommands(program: Command, setExit: SetExit) {
  const procedure = program
    .command("procedure")
    .description("Stappen in een procedure registreren (regionaal secretariaat)");
  procedure
    .command("stap")
    .description("Registreer een regionale stap van een GR-procedure als het regionaal secretariaat (met auditregel)")
    .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .requiredOption("--document <slug>", "het document van de procedure, bijvoorbeeld concept-gr")
    .requiredOption("--stap <stap>", `de regionale stap: ${CLI_REGIONAL_STEPS.join(", ")}`)
    .requiredOption("--datum <datum>", "datum van de stap, JJJJ-MM-DD")
    .option("--versie <nummer>", "versienummer van het document (standaard de laatste)")
    .option("--reden <tekst>", "reden (bij een herziene versie)")
    .option("--kenmerk <tekst>", "vindplaats (bij de bekendmaking)")
    .action(async (opts: StapOptions) => {
      const { getDb } = await import("@/lib/db/client");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      try {
        const out = await runProcedureStap(db.prisma, opts);
        (out.exitCode === 0 ? console.log : console.error)(
          out.exitCode === 0 ? out.message : `gr-volg: ${out.message}`,
        );
        setExit(out.exitCode);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db.close();
      }
    });
}
