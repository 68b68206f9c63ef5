/**
 * How long the steps that are still to come take, in Atw working days (Saturday, Sunday and the
 * algemeen erkende feestdagen, incl. gelijkgestelde dagen, do not count). Defaults are planning
 * assumptions of the secretariat, not legal periods; the one legal period the forecast uses, the
 * zienswijzetermijn of 8 weeks (Wgr art. 1 lid 3), comes from lib/domain/deadlines.
 * Every value can be overridden per call (`options.durations`); docs/forecast.md lists them.
 */
export interface ForecastDurations {
  /** Regional: procedure started → concept text drawn up. */
  concept: number;
  /** Regional: concept → akkoord of the bestuurlijk overleg (BOSD). */
  bosdAkkoord: number;
  /** Regional: BOSD-akkoord → colleges send the ontwerp, the zienswijzeprocedure opens (art. 1 lid 2). */
  zienswijzeOpening: number;
  /** Regional: zienswijzetermijn closed everywhere → nota van beantwoording adopted. */
  nota: number;
  /** Regional: nota van beantwoording → definitive version adopted. */
  definitiveVersion: number;
  /** Regional: definitive version → toestemmingsprocedure opened (raden receive the voorstel). */
  toestemmingOpening: number;
  /** Per gemeente without a raad calendar: receipt of a voorstel → raadsbesluit (commissie and raad). */
  raadPreparation: number;
  /** Per gemeente without a raad calendar: one raad cycle (a held-over decision goes to the next). */
  raadCycle: number;
  /** Per gemeente without a college calendar: raadsbesluit → collegebesluit. */
  college: number;
  /** Collegebesluit → signature (0: signed on the day of the collegebesluit). */
  signing: number;
  /** Last signature of a full participant → publication in the Gemeenteblad. */
  publication: number;
}

export const DEFAULT_FORECAST_DURATIONS: Readonly<ForecastDurations> = {
  concept: 10,
  bosdAkkoord: 10,
  zienswijzeOpening: 5,
  nota: 15,
  definitiveVersion: 5,
  toestemmingOpening: 5,
  raadPreparation: 20,
  raadCycle: 20,
  college: 5,
  signing: 0,
  publication: 2,
};

/** Dutch description of every default, shown in the assumptions and the docs. */
export function describeDurations(d: ForecastDurations): string[] {
  return [
    `Regionale stappen (werkdagen): concept ${d.concept}, BOSD-akkoord ${d.bosdAkkoord}, opening zienswijzeprocedure ${d.zienswijzeOpening}, nota van beantwoording ${d.nota} na het sluiten van de zienswijzetermijn, definitieve versie ${d.definitiveVersion}, opening toestemmingsprocedure ${d.toestemmingOpening}.`,
    `Zonder vergaderdata van de raad: raadsbesluit ${d.raadPreparation} werkdagen na ontvangst van het voorstel; bij aanhouden ${d.raadCycle} werkdagen later.`,
    `Zonder vergaderdata van het college: collegebesluit ${d.college} werkdagen na het raadsbesluit; ondertekening ${d.signing} werkdag(en) na het collegebesluit; bekendmaking ${d.publication} werkdagen na de laatste ondertekening.`,
  ];
}
