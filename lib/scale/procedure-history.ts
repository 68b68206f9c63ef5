import {
  addDays,
  applyGrCommand,
  createGrProcedure,
  fullParticipantsNotSigned,
  type DomainEvent,
  type GrCommand,
  type GrProcedureState,
  type Participant,
  type TransitionContext,
} from "@/lib/domain";
import type { Random } from "./random";

/** A decision taken on the way, to be stored as a Besluit row. */
export interface GeneratedDecision {
  participantId: string | null;
  body: "RAAD" | "COLLEGE";
  type: "ZIENSWIJZE" | "GEEN_ZIENSWIJZE" | "TOESTEMMING" | "COLLEGEBESLUIT" | "ONDERTEKENING";
  uitkomst: "AANGENOMEN" | "VASTGESTELD" | "VERLEEND" | "GEWEIGERD" | "AANGEHOUDEN" | "ONDERTEKEND";
  versionId: string;
  date: string;
  votes?: { for: number; against: number };
  besluitnummer?: string;
}

export interface GeneratedHistory {
  state: GrProcedureState;
  decisions: GeneratedDecision[];
  /** Adopted zienswijze points; `answer` and `disposition` once the nota van beantwoording answered them. */
  points: {
    participantId: string;
    number: number;
    subject: string;
    text: string;
    answer?: string;
    disposition?: "overgenomen" | "deels_overgenomen" | "niet_overgenomen";
  }[];
  usedV2: boolean;
  refusals: number;
  /** Domain steps applied: each is one command when the history is recorded through the runner. */
  steps: number;
  /** The domain commands applied, in order (what a replay through the runner records step by step). */
  played: GrCommand[];
  /** The domain events of those steps (the audit trail the runner would append). */
  events: DomainEvent[];
  /**
   * The versions the runner would have counted: the procedure's (one per regional step) and per track (one per step
   * that changed the track, lib/services/gr-procedure-store.ts), so a form sent back after the bulk history is
   * checked against the same number as after a replay.
   */
  versions: { regional: number; raad: Record<string, number>; college: Record<string, number> };
}

type RaadVotes = { for: number; against: number };
/** The number of a generated raadsbesluit (stored on the Besluit row and in the track's decision alike). */
export const besluitnummer = (participantId: string, what: string) => `${what}-${participantId.slice(0, 8)}`;

/**
 * Plays a GR procedure forward through the real domain state machine up to `depth` (0–12),
 * with random but legal outcomes: every generated state is one the domain itself produced.
 */
export function generateHistory(
  rnd: Random,
  input: {
    id: string;
    title: string;
    topics: string[];
    participants: Participant[];
    v1: string;
    v2: string;
    base: string;
    depth: number;
  },
): GeneratedHistory {
  let state = createGrProcedure({
    id: input.id,
    kind: "gr_treffen",
    title: input.title,
    topics: input.topics,
    participants: input.participants,
  });
  const ctx: TransitionContext = {
    actor: { userId: null, role: "systeem", gemeenteId: null },
    now: "2026-11-24T12:00:00Z",
  };
  const decisions: GeneratedDecision[] = [];
  const points: GeneratedHistory["points"] = [];
  let refusals = 0;
  let applied = 0;
  const played: GrCommand[] = [];
  const events: DomainEvent[] = [];
  const versions: GeneratedHistory["versions"] = { regional: 0, raad: {}, college: {} };
  const count = (of: Record<string, number>, id: string) => {
    of[id] = (of[id] ?? 0) + 1;
  };
  const d = (n: number) => addDays(input.base, n);
  const apply = (command: GrCommand) => {
    const r = applyGrCommand(state, command, ctx);
    if (r.ok) {
      const before = state;
      state = r.state;
      applied++;
      played.push(command);
      events.push(...r.events);
      if (command.track === "regional") versions.regional++;
      for (const p of input.participants) {
        if (state.raadTracks[p.id] !== before.raadTracks[p.id]) count(versions.raad, p.id);
        if (state.collegeTracks[p.id] !== before.collegeTracks[p.id]) count(versions.college, p.id);
      }
    } else {
      refusals++;
      if (process.env.SCALE_DEBUG) console.error(command.track, command.event.type, r.message);
    }
    return r.ok;
  };
  // The last step played (depth - 1) is in progress: only part of the participants got there.
  const partial = (step: number) =>
    input.depth - 1 === step ? input.participants.filter(() => rnd.chance(0.5)) : input.participants;
  const votes = () => ({ for: rnd.int(15, 35), against: rnd.int(0, 12) });
  /**
   * A raadsbesluit as the griffie's form records it (lib/services/griffie/common.ts `decisionOf`): numbered, with
   * its votes and without the griffier's co-signature.
   */
  const raadDecision = (participantId: string, what: string, versionId: string, on: string, v: RaadVotes) => ({
    documentVersionId: versionId,
    decidedOn: on,
    body: "raad" as const,
    besluitnummer: besluitnummer(participantId, what),
    votes: v,
    signatures: { griffier: false },
  });

  const steps: (() => void)[] = [
    () =>
      apply({
        track: "regional",
        event: { type: "concept_opgesteld", documentVersionId: input.v1, label: "Concept", createdOn: d(0) },
      }),
    // No Besluit row: a scale regeling belongs to no regio, so it has no BOSD body to record it for (the runner's
    // recordRegionalStep writes one only for the regio's Bestuurlijk Overleg).
    () =>
      apply({
        track: "regional",
        event: { type: "bosd_akkoord", decision: { documentVersionId: input.v1, decidedOn: d(7), body: "bosd" } },
      }),
    () =>
      apply({
        track: "regional",
        event: { type: "zienswijzeprocedure_geopend", documentVersionId: input.v1, openedOn: d(14) },
      }),
    () => {
      for (const p of partial(3)) {
        if (
          !apply({
            track: "raad",
            participantId: p.id,
            event: { type: "ontwerp_ontvangen", receivedOn: d(16), documentVersionId: input.v1 },
          })
        )
          continue;
        if (rnd.chance(0.75)) {
          const n = rnd.int(1, 18);
          const pts = Array.from({ length: n }, (_, i) => ({
            number: i + 1,
            subject: `Artikel ${rnd.int(1, 8)}`,
            text: `Zienswijzepunt ${i + 1} (gegenereerd)`,
          }));
          const v = votes();
          if (
            apply({
              track: "raad",
              participantId: p.id,
              event: {
                type: "zienswijze_vastgesteld",
                decision: raadDecision(p.id, "zienswijze", input.v1, d(45), v),
                points: pts,
              },
            })
          ) {
            decisions.push({
              participantId: p.id,
              body: "RAAD",
              type: "ZIENSWIJZE",
              uitkomst: "VASTGESTELD",
              versionId: input.v1,
              date: d(45),
              votes: v,
              besluitnummer: besluitnummer(p.id, "zienswijze"),
            });
            points.push(...pts.map((x) => ({ participantId: p.id, ...x })));
          }
        } else {
          const v = votes();
          const decision = raadDecision(p.id, "geen-zienswijze", input.v1, d(30), v);
          if (
            apply({
              track: "raad",
              participantId: p.id,
              event: { type: "geen_zienswijze", decidedOn: d(30), decision },
            })
          )
            decisions.push({
              participantId: p.id,
              body: "RAAD",
              type: "GEEN_ZIENSWIJZE",
              uitkomst: "AANGENOMEN",
              versionId: input.v1,
              date: d(30),
              votes: v,
              besluitnummer: decision.besluitnummer,
            });
        }
      }
    },
    () => apply({ track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: d(80) } }),
    () => {
      const answers = points.map((p) => ({
        participantId: p.participantId,
        pointNumber: p.number,
        disposition: rnd.pick(["overgenomen", "deels_overgenomen", "niet_overgenomen"] as const),
        answer: "Beantwoord (gegenereerd)",
      }));
      // In the order the nota lists them (lib/services/nota.ts `loadNota`, from which the secretariat's step takes
      // its answers): the points carry no article, so one group, by gemeente name and then by number.
      const nameOf = new Map(input.participants.map((p) => [p.id, p.name]));
      const name = (id: string) => nameOf.get(id) ?? "";
      answers.sort(
        (a, b) => name(a.participantId).localeCompare(name(b.participantId), "nl") || a.pointNumber - b.pointNumber,
      );
      if (
        apply({ track: "regional", event: { type: "nota_van_beantwoording_vastgesteld", decidedOn: d(90), answers } })
      )
        answers.forEach((a, k) => {
          const point = points.find((p) => p.participantId === a.participantId && p.number === a.pointNumber);
          if (point) Object.assign(point, { answer: answers[k].answer, disposition: answers[k].disposition });
        });
    },
    () =>
      apply({
        track: "regional",
        event: {
          type: "definitieve_versie_vastgesteld",
          documentVersionId: input.v2,
          label: "Definitief",
          createdOn: d(95),
        },
      }),
    () =>
      apply({
        track: "regional",
        event: { type: "toestemmingsprocedure_geopend", documentVersionId: input.v2, openedOn: d(100) },
      }),
    () => {
      for (const p of partial(8)) {
        if (
          !apply({
            track: "raad",
            participantId: p.id,
            event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: d(101), documentVersionId: input.v2 },
          })
        )
          continue;
        if (
          !apply({
            track: "raad",
            participantId: p.id,
            event: { type: "toestemming_geagendeerd", agenda: { commissieDate: d(115), raadDate: d(130) } },
          })
        )
          continue;
        const roll = rnd.next();
        const v = votes();
        if (roll < 0.86) {
          if (
            apply({
              track: "raad",
              participantId: p.id,
              event: {
                type: "toestemming_verleend",
                decision: raadDecision(p.id, "toestemming", input.v2, d(130), v),
              },
            })
          ) {
            decisions.push({
              participantId: p.id,
              body: "RAAD",
              type: "TOESTEMMING",
              uitkomst: "VERLEEND",
              besluitnummer: besluitnummer(p.id, "toestemming"),
              versionId: input.v2,
              date: d(130),
              votes: v,
            });
          }
        } else if (roll < 0.9) {
          // A refusal: the raad voted the proposal to grant toestemming down (Gemeentewet art. 30).
          const refused = { for: v.against, against: v.for };
          if (
            apply({
              track: "raad",
              participantId: p.id,
              event: {
                type: "toestemming_geweigerd",
                decision: raadDecision(p.id, "toestemming", input.v2, d(130), refused),
                ground: "strijd_met_het_algemeen_belang",
                motivation: "Gegenereerde weigering",
              },
            })
          ) {
            decisions.push({
              participantId: p.id,
              body: "RAAD",
              type: "TOESTEMMING",
              uitkomst: "GEWEIGERD",
              besluitnummer: besluitnummer(p.id, "toestemming"),
              versionId: input.v2,
              date: d(130),
              votes: refused,
            });
          }
        } else if (
          apply({
            track: "raad",
            participantId: p.id,
            event: { type: "toestemming_aangehouden", decidedOn: d(130), expectedDate: d(190) },
          })
        ) {
          decisions.push({
            participantId: p.id,
            body: "RAAD",
            type: "TOESTEMMING",
            uitkomst: "AANGEHOUDEN",
            besluitnummer: besluitnummer(p.id, "toestemming"),
            versionId: input.v2,
            date: d(130),
          });
        }
      }
    },
    () => {
      for (const p of partial(9)) {
        if (state.raadTracks[p.id].status !== "toestemming_verleend") continue;
        if (
          apply({
            track: "college",
            participantId: p.id,
            // As the college's form records it (lib/services/college-steps.ts): a decision of the college.
            event: {
              type: "collegebesluit_genomen",
              decision: { documentVersionId: input.v2, decidedOn: d(135), body: "college" },
            },
          })
        ) {
          decisions.push({
            participantId: p.id,
            body: "COLLEGE",
            type: "COLLEGEBESLUIT",
            uitkomst: "AANGENOMEN",
            versionId: input.v2,
            date: d(135),
          });
          if (
            apply({
              track: "college",
              participantId: p.id,
              event: { type: "ondertekend", signedOn: d(140), documentVersionId: input.v2 },
            })
          ) {
            decisions.push({
              participantId: p.id,
              body: "COLLEGE",
              type: "ONDERTEKENING",
              uitkomst: "ONDERTEKEND",
              versionId: input.v2,
              date: d(140),
            });
          }
        }
      }
    },
    () =>
      fullParticipantsNotSigned(state).length === 0 &&
      apply({ track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: d(150) } }),
    () =>
      state.regional.status === "bekendgemaakt" &&
      apply({ track: "regional", event: { type: "inwerkingtreding_geregistreerd", effectiveOn: d(151) } }),
  ];
  for (let i = 0; i < Math.min(input.depth, steps.length); i++) steps[i]();
  return { state, decisions, points, usedV2: input.depth >= 7, refusals, steps: applied, played, events, versions };
}
