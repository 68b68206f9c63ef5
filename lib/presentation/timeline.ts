import { REGIONAL_STEP_LABELS, stepLabel, type ForecastInput, type ForecastResult, type IsoDate } from "@/lib/domain";
import { formatDutchDate } from "./dates";
import { participantVerdict, type ParticipantVerdict } from "./target-verdict";

/**
 * The facts of a visual timeline (issue 16 point 3), built from the forecast and the recorded track
 * data: what happened, today, deadlines, meetings, the target date and per participant whether it
 * can still make it. The SVG and its table alternative both render exactly these facts.
 */
export type TimelineFactKind = "gebeurd" | "gepland" | "termijn" | "vergadering";
export type TimelineLineKind = "vandaag" | "ondertekening" | "bekendmaking" | "doel" | "vroegst";

export const FACT_KIND_LABELS: Record<TimelineFactKind | TimelineLineKind, string> = {
  gebeurd: "Gebeurd",
  gepland: "Verwacht",
  termijn: "Termijn",
  vergadering: "Vergadering",
  vandaag: "Vandaag",
  ondertekening: "Doel",
  bekendmaking: "Termijn",
  doel: "Doel",
  vroegst: "Verwacht",
};

export interface TimelineFact {
  key: string;
  date: IsoDate;
  laneId: string;
  kind: TimelineFactKind;
  label: string;
}

/** A date drawn as a vertical line across every lane. */
export interface TimelineLine {
  key: string;
  kind: TimelineLineKind;
  date: IsoDate;
  label: string;
}

export interface TimelineLane {
  id: string;
  name: string;
  verdict: ParticipantVerdict | null;
  /** Expected (or recorded) signing date: the lane's bar runs from today to it. */
  signDate: IsoDate | null;
}

export interface TimelineModel {
  title: string;
  today: IsoDate;
  lanes: TimelineLane[];
  facts: TimelineFact[];
  lines: TimelineLine[];
}

export const REGIO_LANE = "regio";

/** What the recorded track data tells beyond the forecast's steps (decided dates of earlier steps). */
type AgendaData = { raadDate?: IsoDate; commissieDate?: IsoDate };
type RaadData = {
  zienswijze?: {
    receivedOn?: IsoDate;
    agenda?: AgendaData;
    deadline?: { end?: IsoDate };
    decision?: { decidedOn?: IsoDate };
    waived?: boolean;
  };
  toestemming?: { receivedOn?: IsoDate; agenda?: AgendaData; decision?: { decidedOn?: IsoDate }; refusal?: unknown };
};
type CollegeData = { collegebesluit?: { decidedOn?: IsoDate }; signedOn?: IsoDate };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An agenda is dated by the meeting it puts the matter on (the raad's, else the commissie's), like legalDateOf. */
const agendaDate = (a: AgendaData | undefined) => a?.raadDate ?? a?.commissieDate;

function recordedFacts(p: ForecastInput["participants"][number], today: IsoDate): TimelineFact[] {
  const raad = p.raadTrack as RaadData;
  const college = p.collegeTrack as CollegeData;
  const out: TimelineFact[] = [];
  const add = (key: string, date: IsoDate | undefined, label: string, kind: TimelineFactKind = "gebeurd") => {
    if (date) out.push({ key: `${p.id}-${key}`, date, laneId: p.id, kind, label });
  };
  // A registered agenda at its legal date, the meeting's (issue 16 point 2): still to come, it is a meeting.
  const addAgenda = (key: string, a: AgendaData | undefined, label: string) => {
    const on = agendaDate(a);
    add(key, on, label, on && on > today ? "vergadering" : "gebeurd");
  };
  const z = raad.zienswijze;
  add("ontwerp-ontvangen", z?.receivedOn, "Raad ontving de concepttekst");
  addAgenda("zienswijze-agenda", z?.agenda, "Zienswijze op de agenda van de raad");
  if (z?.decision?.decidedOn)
    add(
      "zienswijze",
      z.decision.decidedOn,
      z.waived ? "Raad besloot geen zienswijze te geven" : "Raad stelde zienswijze vast",
    );
  else add("zienswijzetermijn", z?.deadline?.end, "Einde zienswijzetermijn (8 weken)", "termijn");
  const t = raad.toestemming;
  add("toestemmingsvoorstel", t?.receivedOn, "Raad ontving het voorstel voor toestemming");
  addAgenda("toestemming-agenda", t?.agenda, "Voorstel voor toestemming op de agenda van de raad");
  add("toestemming", t?.decision?.decidedOn, t?.refusal ? "Raad weigerde toestemming" : "Raad gaf toestemming");
  add("collegebesluit", college.collegebesluit?.decidedOn, "College nam het besluit");
  add("ondertekend", college.signedOn, "College ondertekende");
  return out;
}

/** Raad and commissie meetings on or after today and up to `until` (college meetings are too many to draw). */
function meetingFacts(p: ForecastInput["participants"][number], today: IsoDate, until: IsoDate): TimelineFact[] {
  return p.meetings
    .filter((m) => (m.kind === "raad" || m.kind === "commissie") && m.date >= today && m.date <= until)
    .map((m) => ({
      key: `${p.id}-${m.kind}-${m.date}`,
      date: m.date,
      laneId: p.id,
      kind: "vergadering" as const,
      label: m.kind === "raad" ? "Raadsvergadering" : "Commissievergadering",
    }));
}

export function buildRegelingTimeline(
  naam: string,
  input: Pick<ForecastInput, "participants">,
  result: ForecastResult,
): TimelineModel {
  const today = result.today;
  const facts: TimelineFact[] = [];
  for (const s of result.regionalSteps)
    facts.push({
      key: `regio-${s.step}`,
      date: s.date,
      laneId: REGIO_LANE,
      kind: s.done ? "gebeurd" : "gepland",
      label: capital(REGIONAL_STEP_LABELS[s.step]),
    });
  if (result.earliestPublication) {
    // A recorded publication has no critical path and lies before the forecast's today.
    const published = result.criticalPath === null && result.earliestPublication <= today;
    facts.push({
      key: "regio-bekendmaking",
      date: result.earliestPublication,
      laneId: REGIO_LANE,
      kind: published ? "gebeurd" : "gepland",
      label: published ? "Bekendgemaakt" : "Bekendmaking",
    });
  }
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  for (const p of result.participants) {
    const recorded = byId.get(p.id);
    const seen = new Set<string>();
    if (recorded)
      for (const f of recordedFacts(recorded, today)) {
        facts.push(f);
        seen.add(`${f.date}|${f.kind}`);
      }
    const recordedEnd = (recorded?.raadTrack as RaadData | undefined)?.zienswijze?.deadline?.end;
    for (const s of p.steps) {
      if (!s.date || s.done) continue;
      let kind: TimelineFactKind = "gepland";
      let label = capital(stepLabel(s.step));
      if (s.step === "zienswijze_termijn_gesloten") {
        // With a recorded deadline the window closes at a raad meeting before it (planned) or just after it (already drawn).
        if (recordedEnd && s.date > recordedEnd) continue;
        if (recordedEnd) label = "Raad besluit over de zienswijze";
        else kind = "termijn";
      }
      if (seen.has(`${s.date}|${kind}`)) continue;
      facts.push({ key: `${p.id}-${s.step}`, date: s.date, laneId: p.id, kind, label });
    }
    if (p.status !== "afgerond" && p.latest.raad && !p.raadDone)
      facts.push({
        key: `${p.id}-uiterlijk-raad`,
        date: p.latest.raad,
        laneId: p.id,
        kind: "termijn",
        label: `Laatste raadsbesluit voor ${formatDutchDate(result.target.inForce)}`,
      });
  }
  const lines: TimelineLine[] = [
    { key: "vandaag", kind: "vandaag", date: today, label: "Vandaag" },
    { key: "ondertekening", kind: "ondertekening", date: result.target.signBy, label: "Ondertekening uiterlijk" },
    { key: "bekendmaking", kind: "bekendmaking", date: result.publicationDeadline, label: "Bekendmaking uiterlijk" },
    { key: "doel", kind: "doel", date: result.target.inForce, label: "Beoogde inwerkingtreding" },
  ];
  if (result.earliestInForce && result.earliestInForce !== result.target.inForce)
    lines.push({ key: "vroegst", kind: "vroegst", date: result.earliestInForce, label: "Vroegst haalbaar" });
  const until = [...facts.map((f) => f.date), ...lines.map((l) => l.date)].sort().at(-1) ?? today;
  for (const p of result.participants) {
    const recorded = byId.get(p.id);
    if (recorded) facts.push(...meetingFacts(recorded, today, until));
  }
  facts.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  return {
    title: `Tijdlijn van ${naam} naar de inwerkingtreding`,
    today,
    lanes: [
      { id: REGIO_LANE, name: "Regio", verdict: null, signDate: null },
      ...result.participants.map((p) => ({
        id: p.id,
        name: p.name,
        verdict: participantVerdict(p, result.target.signBy),
        signDate: p.signDate,
      })),
    ],
    facts,
    lines,
  };
}

/** The same timeline for one gemeente: the regio and its own lane. */
export function gemeenteTimeline(model: TimelineModel, participantId: string, gemeenteNaam: string): TimelineModel {
  const keep = new Set([REGIO_LANE, participantId]);
  return {
    ...model,
    title: `${model.title} — ${gemeenteNaam}`,
    lanes: model.lanes.filter((l) => keep.has(l.id)),
    facts: model.facts.filter((f) => keep.has(f.laneId)),
  };
}
