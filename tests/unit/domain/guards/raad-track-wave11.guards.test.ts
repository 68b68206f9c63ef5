/**
 * Wave 11 (issue 20 point 13): the receipt of the ontwerp (Wgr art. 1 lid 2–3) is refused before the opening and
 * after the closing of the zienswijzeprocedure, each with its own reason and what to do instead (B1 Dutch; before
 * wave 11 both cases said "nog niet geopend").
 */
import { describe, expect, it } from "vitest";
import type { GrCommand, GrProcedureState } from "@/lib/domain";
import { apply, inZienswijzeprocedure } from "../procedures/fixtures";
import { expectRefused, fullProcedure } from "./support";

const receipt = (receivedOn: string): GrCommand => ({
  track: "raad",
  participantId: "almere",
  event: { type: "ontwerp_ontvangen", receivedOn, documentVersionId: "v1" },
});

const NOT_OPEN =
  "De ontvangst van het ontwerp kan nog niet worden geregistreerd: de zienswijzeprocedure is nog niet geopend. Registreer de ontvangst nadat de opening van de zienswijzeprocedure is geregistreerd.";
const CLOSED =
  "De ontvangst van het ontwerp kan niet meer worden geregistreerd: de zienswijzeprocedure is al gesloten. Was het ontwerp op een andere dag verzonden? Laat het secretariaat dan de datum van de verzending corrigeren.";

/** Sent to every raad on 2026-03-27 (assumed receipt 2026-03-29) and closed on 2026-05-27. */
function closed(): GrProcedureState {
  let s = inZienswijzeprocedure(fullProcedure());
  const ids = s.participants.map((p) => p.id);
  s = apply(
    s,
    { track: "regional", event: { type: "ontwerp_verzonden", participantIds: ids, sentOn: "2026-03-27" } },
    "2026-03-27",
  );
  return apply(
    s,
    { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
    "2026-05-27",
  );
}

describe("ontwerp_ontvangen outside the open zienswijzeprocedure", () => {
  it("before the opening: not yet, register it after the opening", () => {
    let s = apply(
      fullProcedure(),
      {
        track: "regional",
        event: { type: "concept_opgesteld", documentVersionId: "v1", label: "Concept v1", createdOn: "2026-03-10" },
      },
      "2026-03-10",
    );
    expect(expectRefused(s, receipt("2026-03-30"), "2026-03-30", "vereiste_stap_ontbreekt")).toBe(NOT_OPEN);
    s = apply(
      s,
      {
        track: "regional",
        event: { type: "bosd_akkoord", decision: { documentVersionId: "v1", decidedOn: "2026-03-20" } },
      },
      "2026-03-20",
    );
    expect(expectRefused(s, receipt("2026-03-30"), "2026-03-30", "vereiste_stap_ontbreekt")).toBe(NOT_OPEN);
  });

  it("after the closing: no longer, and the sending's date is what can still be corrected", () => {
    const s = closed();
    expect(s.regional.status).toBe("zienswijzeprocedure_gesloten");
    expect(s.raadTracks.almere.zienswijze?.assumed).toBe(true);
    expect(expectRefused(s, receipt("2026-03-30"), "2026-05-28", "ongeldige_overgang")).toBe(CLOSED);
  });
});
