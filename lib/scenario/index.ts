/**
 * One scenario builder for tests, the e2e databases and demo data:
 *
 *   const gr = await scenario(db).regeling("gr-sociaal-domein-flevoland").through("zienswijzeprocedure_geopend");
 *   await gr.ontvangen("urk", "2026-03-30");
 *
 * It starts from data that is already there (the seed of the source documents) and walks the
 * procedure only through the doors in ./doors.ts, so it never writes state on its own.
 */
import type { Db } from "@/lib/db/client";
import { REGIONAL_STATES, type IsoDate, type RegionalStatus } from "@/lib/domain";
import { DEFAULT_DATES, DEFAULT_ONTWERP_ONTVANGEN, REGIONAL_PATH, type PathStep } from "./path";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import {
  agendering,
  type BesluitFields,
  geenZienswijze,
  newVersion,
  ontvangst,
  regionalStep,
  toestemmingVerleend,
  trackVersion,
  zienswijzeConcept,
  type ZienswijzePointInput,
  zienswijzeVastgesteld,
  type ScenarioUser,
} from "./doors";
import { scenarioBesluitPdf } from "./pdf";

export { REGIONAL_PATH, DEFAULT_DATES, type PathStep } from "./path";
export type { BesluitFields, ScenarioUser, ZienswijzePointInput } from "./doors";

export const SECRETARIAAT_EMAIL = "secretariaat@demo.gr-volg.nl";
export const griffierEmail = (gemeenteSlug: string) => `griffier.${gemeenteSlug}@demo.gr-volg.nl`;

export interface ScenarioOptions {
  /** The moment the steps are recorded (also "today" for the domain's date checks). */
  now?: Date;
}

export interface ThroughOptions {
  /** Dates per regional step; the others keep DEFAULT_DATES. */
  dates?: Partial<Record<PathStep, IsoDate>>;
  /** Past the zienswijzeprocedure: the day every raad in scope received the ontwerp. */
  ontwerpOntvangen?: IsoDate;
  /** Past the zienswijzeprocedure: every raad decided "geen zienswijze" on this day (else its window lapses). */
  geenZienswijze?: IsoDate;
  /** The definitive version: its label and text (default: the concept's articles, as version 2). */
  definitief?: { label?: string; text?: string; toelichting?: string };
}

export function scenario(db: Db, opts: ScenarioOptions = {}) {
  return {
    /** A GR procedure of a seeded regeling (default document: the concept-GR). */
    regeling(slug: string, document = "concept-gr") {
      const load = () => GrScenario.load(db, slug, document, opts);
      return {
        load,
        through: async (step: PathStep, o: ThroughOptions = {}) => (await load()).through(step, o),
      };
    },
  };
}

export class GrScenario {
  private constructor(
    readonly db: Db,
    readonly opts: ScenarioOptions,
    readonly procedureId: string,
    readonly regelingId: string,
    readonly documentId: string,
    /** The first (concept) version of the document. */
    readonly conceptVersionId: string,
    /** Participant id per gemeente slug, in the regeling's order. */
    readonly participants: Record<string, string>,
    /** Gemeente id per gemeente slug. */
    readonly gemeenten: Record<string, string>,
  ) {}

  static async load(db: Db, regelingSlug: string, documentSlug: string, opts: ScenarioOptions) {
    const proc = await db.procedure.findFirstOrThrow({
      where: {
        regeling: { slug: regelingSlug },
        document: { slug: documentSlug },
        kind: { in: ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] },
      },
      select: {
        id: true,
        regelingId: true,
        documentId: true,
        document: { select: { versions: { select: { id: true }, orderBy: { number: "asc" }, take: 1 } } },
      },
    });
    const participants: Record<string, string> = {};
    const gemeenten: Record<string, string> = {};
    for (const p of await db.participant.findMany({
      where: { regelingId: proc.regelingId },
      select: { id: true, gemeenteId: true, gemeente: { select: { slug: true } } },
      orderBy: { id: "asc" },
    })) {
      participants[p.gemeente.slug] = p.id;
      gemeenten[p.gemeente.slug] = p.gemeenteId;
    }
    const concept = proc.document.versions[0];
    if (!concept) throw new Error(`scenario: document ${documentSlug} heeft geen versie.`);
    return new GrScenario(db, opts, proc.id, proc.regelingId, proc.documentId, concept.id, participants, gemeenten);
  }

  /** A demo account of the seed (the doors authorize a real user, like a signed-in one). */
  async user(email: string): Promise<ScenarioUser> {
    const u = await this.db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, role: true, gemeenteId: true },
    });
    return u;
  }
  secretariaat = () => this.user(SECRETARIAAT_EMAIL);
  griffier = (gemeenteSlug: string) => this.user(griffierEmail(gemeenteSlug));

  async regionalStatus(): Promise<RegionalStatus> {
    const loaded = await loadGrProcedure(this.db, this.procedureId);
    if (!loaded) throw new Error("scenario: de procedure is geen GR-procedure.");
    return loaded.state.regional.status;
  }

  /** The participants the procedure's raad tracks exist for (in scope of its topics). */
  async raadSlugs(): Promise<string[]> {
    const tracks = await this.db.track.findMany({
      where: { procedureId: this.procedureId, kind: "RAAD" },
      select: { participantId: true },
    });
    const inScope = new Set(tracks.map((t) => t.participantId));
    return Object.entries(this.participants)
      .filter(([, id]) => inScope.has(id))
      .map(([slug]) => slug);
  }

  /**
   * Walks the regional steps from the current state up to and including `step`, with the raad
   * steps the law needs in between (receipt of the ontwerp, and "geen zienswijze" or a lapsed window).
   */
  async through(step: PathStep, o: ThroughOptions = {}): Promise<this> {
    const dates = { ...DEFAULT_DATES, ...o.dates };
    const done = REGIONAL_STATES.indexOf(await this.regionalStatus());
    const target = REGIONAL_PATH.indexOf(step);
    const secretariaat = await this.secretariaat();
    let versionId = this.conceptVersionId;
    for (let i = done; i <= target; i++) {
      const next = REGIONAL_PATH[i];
      if (next === "zienswijzeprocedure_gesloten") await this.closeWindows(o);
      if (next === "definitieve_versie_vastgesteld") versionId = await this.publishDefinitief(o.definitief);
      const input: Record<string, unknown> = { procedureId: this.procedureId, step: next, date: dates[next] };
      if (!["zienswijzeprocedure_gesloten", "nota_van_beantwoording_vastgesteld"].includes(next))
        input.versionId = versionId;
      await regionalStep(this.db, secretariaat, input, this.opts.now);
    }
    return this;
  }

  private async closeWindows(o: ThroughOptions) {
    const tracks = await this.db.track.findMany({
      where: { procedureId: this.procedureId, kind: "RAAD" },
      select: { participantId: true, status: true },
    });
    const status = new Map(tracks.map((t) => [t.participantId, t.status]));
    for (const slug of await this.raadSlugs()) {
      if (status.get(this.participants[slug]) === "nog_niet_ontvangen")
        await this.ontvangen(slug, o.ontwerpOntvangen ?? DEFAULT_ONTWERP_ONTVANGEN);
      if (o.geenZienswijze && ["nog_niet_ontvangen", "ontvangen"].includes(status.get(this.participants[slug]) ?? ""))
        await this.geenZienswijze(slug, o.geenZienswijze);
    }
  }

  /** Publishes the definitive text as a new version (the secretariat's door) and returns its id. */
  async publishDefinitief(d: ThroughOptions["definitief"] = {}): Promise<string> {
    const concept = await this.db.documentVersion.findUniqueOrThrow({
      where: { id: this.conceptVersionId },
      select: {
        articles: { select: { key: true, nummer: true, titel: true, tekst: true }, orderBy: { position: "asc" } },
      },
    });
    return newVersion(this.db, await this.secretariaat(), {
      documentId: this.documentId,
      label: d.label ?? "Definitieve GR (versie 2)",
      status: "DEFINITIEF",
      ...(d.toelichting ? { toelichting: d.toelichting } : {}),
      ...(d.text ? { text: d.text } : { articles: concept.articles }),
    });
  }

  /** The griffie of `gemeenteSlug` registers the receipt of the ontwerp (or of the toestemmingsvoorstel). */
  async ontvangen(gemeenteSlug: string, on: IsoDate, stap: "ontwerp" | "toestemmingsvoorstel" = "ontwerp") {
    await ontvangst(this.db, await this.griffier(gemeenteSlug), {
      procedureId: this.procedureId,
      participantId: this.participant(gemeenteSlug),
      stap,
      ontvangenOp: on,
    });
    return this;
  }

  /** The raad of `gemeenteSlug` decided to give no zienswijze (with the besluit the griffie records). */
  async geenZienswijze(gemeenteSlug: string, on: IsoDate, besluit: Partial<BesluitFields> = {}) {
    await geenZienswijze(
      this.db,
      await this.griffier(gemeenteSlug),
      this.besluitInput(gemeenteSlug, "geen-zienswijze", on, besluit),
      scenarioBesluitPdf(gemeenteSlug),
    );
    return this;
  }

  /** The griffie of `gemeenteSlug` drafts a concept-zienswijze with these points; returns its id. */
  async zienswijzeConcept(gemeenteSlug: string, points: ZienswijzePointInput[]): Promise<string> {
    return zienswijzeConcept(this.db, await this.griffier(gemeenteSlug), {
      procedureId: this.procedureId,
      participantId: this.participant(gemeenteSlug),
      points,
    });
  }

  /**
   * The raad of `gemeenteSlug` adopts a zienswijze with these points (drafted first, as the griffie
   * does), with its besluit; returns the zienswijze, its besluit and its points' ids.
   */
  async zienswijzeVastgesteld(
    gemeenteSlug: string,
    on: IsoDate,
    points: ZienswijzePointInput[],
    besluit: Partial<BesluitFields> = {},
  ) {
    return this.vaststellen(gemeenteSlug, await this.zienswijzeConcept(gemeenteSlug, points), on, besluit);
  }

  /** The raad of `gemeenteSlug` adopts the concept-zienswijze `zienswijzeId`, with its besluit. */
  async vaststellen(gemeenteSlug: string, zienswijzeId: string, on: IsoDate, besluit: Partial<BesluitFields> = {}) {
    await zienswijzeVastgesteld(
      this.db,
      await this.griffier(gemeenteSlug),
      { ...this.besluitInput(gemeenteSlug, "zienswijze", on, besluit), zienswijzeId },
      scenarioBesluitPdf(gemeenteSlug),
    );
    const zw = await this.db.zienswijze.findUniqueOrThrow({
      where: { id: zienswijzeId },
      select: { besluitId: true, points: { select: { id: true }, orderBy: { nummer: "asc" } } },
    });
    if (!zw.besluitId) throw new Error("scenario: de vastgestelde zienswijze heeft geen besluit.");
    return { zienswijzeId, besluitId: zw.besluitId, pointIds: zw.points.map((p) => p.id) };
  }

  /** The version of the raad track of `gemeenteSlug`, as the griffie's forms send it back. */
  raadTrackVersion(gemeenteSlug: string): Promise<string> {
    return trackVersion(this.db, this.procedureId, this.participant(gemeenteSlug));
  }

  /** The procedure, the raad of `gemeenteSlug` and its besluit (defaults: numbered after the step, 1–0). */
  private besluitInput(gemeenteSlug: string, what: string, on: IsoDate, b: Partial<BesluitFields>) {
    return {
      procedureId: this.procedureId,
      participantId: this.participant(gemeenteSlug),
      besluitdatum: on,
      besluitnummer: `scenario-${gemeenteSlug}-${what}`,
      stemmenVoor: "1",
      stemmenTegen: "0",
      ...b,
    };
  }

  /** The griffie of `gemeenteSlug` puts the zienswijze or the toestemmingsvoorstel on the raad's agenda. */
  async agenderen(
    gemeenteSlug: string,
    raadDatum: IsoDate,
    stap: "zienswijze" | "toestemming" = "toestemming",
    commissieDatum?: IsoDate,
  ) {
    await agendering(this.db, await this.griffier(gemeenteSlug), {
      procedureId: this.procedureId,
      participantId: this.participant(gemeenteSlug),
      stap,
      raadDatum,
      ...(commissieDatum ? { commissieDatum } : {}),
    });
    return this;
  }

  /** The raad of `gemeenteSlug` gave toestemming for the procedure's current version. */
  async toestemmingVerleend(gemeenteSlug: string, on: IsoDate) {
    const loaded = await loadGrProcedure(this.db, this.procedureId);
    const documentVersionId = loaded?.state.currentVersionId;
    if (!documentVersionId) throw new Error("scenario: de procedure heeft nog geen geldende versie.");
    await toestemmingVerleend(
      this.db,
      await this.griffier(gemeenteSlug),
      { ...this.besluitInput(gemeenteSlug, "toestemming", on, {}), documentVersionId },
      scenarioBesluitPdf(gemeenteSlug),
    );
    return this;
  }

  participant(gemeenteSlug: string): string {
    const id = this.participants[gemeenteSlug];
    if (!id) throw new Error(`scenario: ${gemeenteSlug} neemt niet deel.`);
    return id;
  }
}
