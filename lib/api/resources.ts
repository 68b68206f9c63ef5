import { procedureStateLabel } from "@/lib/presentation/labels";
import { collegeStatusText, raadStatusText } from "@/lib/presentation/status";
import { iso, type CalendarItem } from "@/lib/services/public/common";
import type { PublicBesluit, PublicRegeling, PublicZienswijze } from "@/lib/services/public/regelingen";
import type { TargetVerdict } from "@/lib/presentation/target-verdict";
import type { PublicDocument } from "@/lib/services/public/documenten";
import type { PublicGemeente } from "@/lib/services/public/gemeenten";
import type { DvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import type { BegrotingCycleView, BegrotingRaadView } from "@/lib/services/begroting/read";
import type { GemeenteBegrotingCycli } from "@/lib/services/begroting/public";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";

/**
 * JSON representations of the public resources (the shapes lib/api/openapi.ts describes).
 * Dates are YYYY-MM-DD, timestamps ISO 8601; ids of regelingen and gemeenten are their slugs.
 */
const d = (v: Date | null | undefined) => (v ? iso(v) : null);
const self = (href: string) => ({ self: { href } });

export function regelingSummary(r: {
  slug: string;
  naam: string;
  citeertitel: string | null;
  vorm: string;
  partijen: string;
  regio: { naam: string } | null;
  targetSignBy: Date | null;
  targetInForce: Date | null;
  inWerkingOp: Date | null;
  beeindigdOp: Date | null;
  procedures: { kind: string; derivedState: string }[];
}) {
  const gr = r.procedures.find((p) => p.kind.startsWith("GR_"));
  return {
    slug: r.slug,
    naam: r.naam,
    citeertitel: r.citeertitel,
    vorm: r.vorm,
    partijen: r.partijen,
    regio: r.regio?.naam ?? null,
    stand: gr?.derivedState ?? null,
    standLabel: gr ? procedureStateLabel(gr.kind, gr.derivedState) : null,
    ondertekeningUiterlijk: d(r.targetSignBy),
    beoogdeInwerkingtreding: d(r.targetInForce),
    inWerkingOp: d(r.inWerkingOp),
    beeindigdOp: d(r.beeindigdOp),
    _links: {
      ...self(`/api/v1/regelingen/${r.slug}`),
      html: { href: `/regelingen/${r.slug}` },
      agenda: { href: `/ics/regelingen/${r.slug}.ics` },
    },
  };
}

export function calendarItemJson(c: CalendarItem, regelingSlug?: string | null) {
  return {
    id: c.uid.replace(/@gr-volg$/, ""),
    datum: c.date,
    soort: c.kind,
    titel: c.title,
    omschrijving: c.description,
    gemeente: c.gemeenteSlug ?? null,
    regeling: regelingSlug ?? null,
  };
}

/** `verdict`: the target verdict (lib/presentation/target-verdict) while the GR procedure runs, else null. */
export function regelingDetail(data: PublicRegeling, verdict: TargetVerdict | null = null) {
  const { regeling, procedures, gr } = data;
  const track = (participantId: string, kind: "RAAD" | "COLLEGE") => {
    const t = gr?.tracks.find((x) => x.participantId === participantId && x.kind === kind);
    if (!t || !gr) return null;
    const subject = {
      procedureKind: gr.kind,
      raad: gr.tracks.find((x) => x.participantId === participantId && x.kind === "RAAD"),
      college: t,
    };
    return { status: t.status, label: kind === "COLLEGE" ? collegeStatusText(subject) : raadStatusText(subject) };
  };
  return {
    ...regelingSummary({ ...regeling, procedures }),
    belang: regeling.belang,
    onderwerpen: regeling.topics,
    vervangt: regeling.vervangt?.slug ?? null,
    vervangenDoor: regeling.vervangenDoor?.slug ?? null,
    uitleg: data.explanation,
    deelnemers: regeling.participants.map((p) => ({
      gemeente: { slug: p.gemeente.slug, naam: p.gemeente.naam },
      deelname: p.scope,
      onderwerpen: p.scopeTopics,
      raad: track(p.id, "RAAD"),
      college: track(p.id, "COLLEGE"),
    })),
    procedures: procedures.map((p) => ({
      id: p.id,
      soort: p.kind,
      titel: p.titel,
      document: p.document.id,
      stand: p.derivedState,
      standLabel: procedureStateLabel(p.kind, p.derivedState),
    })),
    documenten: regeling.documents.map((doc) => ({
      id: doc.id,
      titel: doc.titel,
      soort: doc.kind,
      aantalVersies: doc.versions.length,
      _links: self(`/api/v1/documenten/${doc.id}`),
    })),
    mijlpalen: regeling.milestones.map((m) => ({
      label: m.label,
      soort: m.kind,
      datum: iso(m.date),
      precisie: m.precision,
      datumTekst: m.dateText,
      bron: m.bron,
    })),
    komend: data.upcoming.map((c) => calendarItemJson(c, regeling.slug)),
    doelHaalbaarheid: verdict ? { haalbaar: verdict.reachable, tekst: verdict.text } : null,
  };
}

export function gemeenteSummary(g: {
  slug: string;
  naam: string;
  cbsCode: string | null;
  participations: { scope: string; regeling: { slug: string; naam: string } }[];
}) {
  return {
    slug: g.slug,
    naam: g.naam,
    cbsCode: g.cbsCode,
    regelingen: g.participations.map((p) => ({ slug: p.regeling.slug, naam: p.regeling.naam, deelname: p.scope })),
    _links: {
      ...self(`/api/v1/gemeenten/${g.slug}`),
      html: { href: `/gemeenten/${g.slug}` },
      agenda: { href: `/ics/gemeenten/${g.slug}.ics` },
    },
  };
}

export function gemeenteDetail(data: PublicGemeente) {
  return {
    ...gemeenteSummary(data.gemeente),
    sporen: data.tracks.map((t) => ({
      procedure: t.procedureId,
      procedureTitel: t.procedure.titel,
      regeling: t.procedure.regeling.slug,
      orgaan: t.kind,
      status: t.status,
      label: data.trackLabel(t),
    })),
    tijdlijn: data.timeline.map((e) => ({ datum: e.date, wat: e.what, wie: e.who, procedure: e.regeling })),
    komend: data.coming.map((e) => ({ datum: e.date, wat: e.what, wie: e.who, toelichting: e.regeling })),
  };
}

type VersionRow = { id: string; number: number; label: string; status: string; contentHash: string; publishedAt: Date };
const versionJson = (documentId: string, v: VersionRow) => ({
  id: v.id,
  nummer: v.number,
  label: v.label,
  status: v.status,
  contentHash: v.contentHash,
  gepubliceerdOp: v.publishedAt.toISOString(),
  _links: self(`/api/v1/documenten/${documentId}/versies`),
});

export function documentJson(doc: {
  id: string;
  titel: string;
  kind: string;
  omschrijving: string | null;
  periode: string | null;
  bron: string | null;
  topics: string[];
  partOfRegeling: boolean;
  regeling: { slug: string };
  versions: VersionRow[];
}) {
  return {
    id: doc.id,
    titel: doc.titel,
    soort: doc.kind,
    omschrijving: doc.omschrijving,
    periode: doc.periode,
    bron: doc.bron,
    onderwerpen: doc.topics,
    deelVanRegeling: doc.partOfRegeling,
    regeling: doc.regeling.slug,
    versies: doc.versions.map((v) => versionJson(doc.id, v)),
    _links: {
      ...self(`/api/v1/documenten/${doc.id}`),
      versies: { href: `/api/v1/documenten/${doc.id}/versies` },
      html: { href: `/documenten/${doc.id}` },
    },
  };
}

export function versionWithArticles(doc: PublicDocument, v: PublicDocument["versions"][number]) {
  return {
    ...versionJson(doc.id, v),
    toelichting: v.toelichting,
    artikelen: v.articles.map((a) => ({
      key: a.key,
      nummer: a.nummer,
      titel: a.titel,
      tekst: a.tekst,
      positie: a.position,
      contentHash: a.contentHash,
    })),
  };
}

export function besluitJson(b: PublicBesluit) {
  return {
    id: b.id,
    soort: b.type,
    uitkomst: b.uitkomst,
    besluitdatum: iso(b.besluitdatum),
    besluitnummer: b.besluitnummer,
    orgaan: b.body.naam,
    gemeente: b.participant?.gemeente.slug ?? null,
    regeling: b.procedure.regeling.slug,
    procedure: b.procedure.titel,
    documentVersie: {
      id: b.documentVersion.id,
      label: b.documentVersion.label,
      document: b.documentVersion.document.id,
    },
    stemmen: {
      voor: b.stemmenVoor,
      tegen: b.stemmenTegen,
      aanwezig: b.aanwezig,
      zittingHebbendeLeden: b.zittingHebbendeLeden,
    },
    weigeringsgrond: b.weigeringsgrond,
    motivering: b.motivering,
    verwachteDatum: d(b.verwachteDatum),
    publicatieDatum: d(b.publicatieDatum),
    publicatieVindplaats: b.publicatieVindplaats,
    corrigeert: b.corrigeertId,
    moties: b.moties.map((m) => ({
      id: m.id,
      soort: m.soort,
      titel: m.titel,
      indiener: m.indiener,
      uitkomst: m.uitkomst,
      stemmenVoor: m.stemmenVoor,
      stemmenTegen: m.stemmenTegen,
      tekst: m.tekst,
    })),
  };
}

export function zienswijzeJson(z: PublicZienswijze) {
  return {
    id: z.id,
    status: z.status as "VASTGESTELD" | "INGEDIEND",
    gemeente: z.participant.gemeente.slug,
    regeling: z.procedure.regeling.slug,
    documentVersie: {
      id: z.documentVersion.id,
      label: z.documentVersion.label,
      document: z.documentVersion.document.id,
    },
    vastgesteldOp: z.besluit ? iso(z.besluit.besluitdatum) : null,
    ingediendOp: d(z.ingediendOp),
    punten: z.points.map((p) => ({
      nummer: p.nummer,
      onderwerp: p.onderwerp,
      artikel: p.article?.nummer ?? null,
      tekst: p.tekst,
      antwoord: p.antwoord,
      afdoening: p.disposition,
      gewijzigdArtikel: p.changedArticle?.nummer ?? null,
    })),
  };
}

/** A Dienstverleningshandvest actualisatie: its stand, the version it is about and every gemeente's stand. */
export function dvhJson(o: DvhOverview) {
  return {
    id: o.procedureId,
    titel: o.titel,
    regeling: o.regeling.slug,
    stand: o.status,
    standLabel: o.statusLabel,
    deelVanRegeling: o.partOfRegeling,
    akkoordBosdOp: o.bosdAkkoordOn,
    versie: o.concept ? { nummer: o.concept.number, label: o.concept.label } : null,
    gemeenten: o.gemeenten.map((g) => ({
      naam: g.naam,
      stand: g.stand,
      standLabel: g.label,
      collegebesluitOp: g.collegebesluitOn,
      raadGeinformeerdOp: g.informedOn,
    })),
    _links: {
      ...self(`/api/v1/dienstverleningshandvesten/${o.procedureId}`),
      document: { href: `/api/v1/documenten/${o.document.id}` },
      html: { href: `/handvest/${o.procedureId}` },
    },
  };
}

/** The begroting cycles of one regeling per year (issue 17): the bestuur's steps, deadlines, and per raad its
 *  zienswijze (numbered points by programme or page) and the bestuur's answer. */
export function begrotingscycliJson(
  regeling: { slug: string },
  cycles: BegrotingCycleView[],
  planningen: ReadonlyMap<string, BegrotingPlanningView> = new Map(),
) {
  const selfHref = `/api/v1/regelingen/${regeling.slug}/begrotingscycli`;
  return {
    regeling: regeling.slug,
    items: cycles.map((c) => ({
      ...cycleHeadJson(c),
      termijnen: c.deadlines.map((t) => ({ wat: t.label, uiterlijk: t.date, grondslag: t.grondslag })),
      // Added after 1.0.0 (backward compatible): the jaarrekening of the same year (Wgr art. 34b, 34 lid 3).
      jaarrekening: {
        stand: c.jaarrekening.status,
        standLabel: c.jaarrekening.statusLabel,
        voorlopigVerzondenOp: c.jaarrekening.voorlopigSentOn,
        voorlopigUiterlijk: c.jaarrekening.voorlopigUiterlijk,
        vastgesteldOp: c.jaarrekening.vastgesteldOn,
        besluitnummer: c.jaarrekening.besluitnummer,
        naarGsVerzondenOp: c.jaarrekening.gsSentOn,
        naarGsUiterlijk: c.jaarrekening.gsUiterlijk,
      },
      waarschuwingen: c.warnings,
      jaarplanning: jaarplanningJson(planningen.get(c.id)),
      raden: c.raden.map((r) => ({ gemeente: r.gemeenteSlug, naam: r.naam, ...begrotingRaadJson(r) })),
      // Added after 1.0.0 (backward compatible): the begrotingswijzigingen of the year (Wgr art. 35 lid 5).
      wijzigingen: c.wijzigingen.map((w) => ({
        nummer: w.nummer,
        titel: w.titel,
        categorie: w.categorie,
        vrijgesteld: w.vrijgesteld,
        stand: w.status,
        standLabel: w.statusLabel,
        verzondenOp: w.sentOn,
        aanbiedingOp: w.aanbiedingOn,
        vastgesteldOp: w.vastgesteldOn,
        raden: w.raden.map((r) => ({ gemeente: r.gemeenteSlug, naam: r.naam, ...begrotingRaadJson(r) })),
      })),
    })),
    _links: {
      ...self(selfHref),
      regeling: { href: `/api/v1/regelingen/${regeling.slug}` },
      html: { href: `/regelingen/${regeling.slug}` },
    },
  };
}

/** One raad in a begroting cycle: its stand, last day, zienswijze (numbered points) and the bestuur's answer. */
/** A begroting cycle's identity, stand and the bestuur's steps: the same fields in the regeling's and the gemeente's resource. */
function cycleHeadJson(c: BegrotingCycleView) {
  return {
    id: c.id,
    jaar: c.jaar,
    titel: c.titel,
    stand: c.status,
    standLabel: c.statusLabel,
    stappen: {
      kadersVerzondenOp: c.kadersSentOn,
      ontwerpVerzondenOp: c.sentOn,
      aanbiedingOp: c.aanbiedingOn,
      vastgesteldOp: c.vastgesteldOn,
      naarGsVerzondenOp: c.gsSentOn,
    },
  };
}

function begrotingRaadJson(r: BegrotingRaadView) {
  return {
    stand: r.status,
    standLabel: r.statusLabel,
    zienswijzeUiterlijk: r.termijnEinde,
    zienswijze: r.zienswijze
      ? {
          besluitdatum: r.zienswijze.besluitdatum,
          punten: r.zienswijze.points.map((p) => ({
            nummer: p.nummer,
            onderwerp: p.onderwerp,
            verwijzing: p.verwijzing,
            tekst: p.tekst,
          })),
        }
      : null,
    antwoord: r.antwoord,
  };
}

/** Every begroting cycle of every regeling a gemeente takes part in, with only this gemeente's raad (issue 17
 *  point 5); the other raden and the deadlines are in the regeling's own resource (`_links.begrotingscycli`). */
export function gemeenteBegrotingscycliJson(data: GemeenteBegrotingCycli) {
  const { gemeente } = data;
  return {
    gemeente: gemeente.slug,
    items: data.regelingen.map(({ regeling, cycles }) => ({
      regeling: regeling.slug,
      naam: regeling.naam,
      cycli: cycles.map(({ cycle: c, raad }) => ({
        ...cycleHeadJson(c),
        raad: begrotingRaadJson(raad),
      })),
      _links: {
        regeling: { href: `/api/v1/regelingen/${regeling.slug}` },
        begrotingscycli: { href: `/api/v1/regelingen/${regeling.slug}/begrotingscycli` },
      },
    })),
    _links: {
      ...self(`/api/v1/gemeenten/${gemeente.slug}/begrotingscycli`),
      gemeente: { href: `/api/v1/gemeenten/${gemeente.slug}` },
      html: { href: `/gemeenten/${gemeente.slug}` },
    },
  };
}

/** A cycle's yearly planning (issue 17 point 3): the bestuur's planned dates, its warnings, and per raad item the
 *  last day and per gemeente the raad meeting that makes it (null: no meeting in time). */
function jaarplanningJson(p: BegrotingPlanningView | undefined) {
  const planning = p?.planning ?? {};
  return {
    kadersOp: planning.kadersOn ?? null,
    ontwerpOp: planning.ontwerpSentOn ?? null,
    aanbiedingOp: planning.aanbiedingOn ?? null,
    vaststellingOp: planning.vaststellingOn ?? null,
    jaarrekeningOp: planning.jaarrekeningOn ?? null,
    waarschuwingen: p?.warnings ?? [],
    termijnen: (p?.items ?? []).map((i) => ({
      wat: i.label,
      grondslag: i.grondslag,
      vanaf: i.from,
      uiterlijk: i.lastDay,
      raden: i.raden.map((r) => ({
        gemeente: r.gemeenteSlug,
        naam: r.naam,
        haalbaar: r.feasibility.kind === "haalbaar",
        raadsvergadering: r.feasibility.kind === "haalbaar" ? r.feasibility.meeting.date : null,
      })),
    })),
  };
}
