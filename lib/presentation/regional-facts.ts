/**
 * The regio's recorded facts of a GR procedure, each with its legal date (issue 16 point 2): the BOSD akkoord with
 * its date and number, the nota van beantwoording's adoption date, the definitive version's adoption date, the
 * publication with its Gemeenteblad reference. One list for the secretariat's procedure page and the public page.
 * Only public facts: the raadsledenoverleg's notes never appear here.
 */
import type { RegionalTrackState } from "@/lib/domain";
import { formatDutchDate } from "./dates";

export interface RegionalFact {
  key: string;
  label: string;
  value: string;
  /** Kept for the pages' existing test ids. */
  testId?: string;
}

export function regionalFacts(
  regional: Partial<RegionalTrackState> | null | undefined,
  nameOf: (participantId: string) => string,
  versionLabel: (versionId: string) => string | undefined = () => undefined,
): RegionalFact[] {
  if (!regional) return [];
  const out: RegionalFact[] = [];
  const bosd = regional.bosdAkkoord;
  if (bosd)
    out.push({
      key: "bosd",
      label: "Akkoord BOSD",
      value: `${formatDutchDate(bosd.decidedOn)}${bosd.besluitnummer ? `, besluitnummer ${bosd.besluitnummer}` : ""}`,
    });
  const zp = regional.zienswijzeprocedure;
  if (zp?.openedOn)
    out.push({ key: "zp-open", label: "Zienswijzeprocedure geopend", value: formatDutchDate(zp.openedOn) });
  if (zp?.closedOn)
    out.push({ key: "zp-dicht", label: "Zienswijzeprocedure gesloten", value: formatDutchDate(zp.closedOn) });
  if (regional.notaVanBeantwoording)
    out.push({
      key: "nota",
      label: "Nota van beantwoording vastgesteld",
      value: formatDutchDate(regional.notaVanBeantwoording.decidedOn),
    });
  const tp = regional.toestemmingsprocedure;
  if (tp) {
    const label = versionLabel(tp.documentVersionId);
    out.push({
      key: "tp-open",
      label: "Toestemmingsprocedure geopend",
      value: `${formatDutchDate(tp.openedOn)}${label ? ` (${label})` : ""}`,
    });
  }
  const b = regional.bekendmaking;
  if (b) {
    out.push({
      key: "bekendmaking",
      label: "Bekendgemaakt",
      testId: "bekendmaking",
      value: `${formatDutchDate(b.publishedOn)}${b.reference ? `, ${b.reference}` : ""}${
        b.publishingParticipantId ? ` (Gemeenteblad van ${nameOf(b.publishingParticipantId)})` : ""
      }`,
    });
    if (b.plannedInForceOn)
      out.push({
        key: "inwerkingtreding-gepland",
        label: "Geplande inwerkingtreding",
        testId: "geplande-inwerkingtreding",
        value: `${formatDutchDate(b.plannedInForceOn)} (een regeling treedt niet in werking voordat zij is bekendgemaakt: artikel 3:40 Awb)`,
      });
  }
  if (regional.inwerkingtreding)
    out.push({ key: "in-werking", label: "In werking", value: formatDutchDate(regional.inwerkingtreding.effectiveOn) });
  return out;
}
