/**
 * Every command a server action runs, in one place: lib/actions/handlers.ts runs them and
 * lib/auth/entry-points.ts registers each action with its command (permission and target are the
 * command's own). A new action's command is exported here once.
 */
export { adoptZienswijze, saveZienswijzeConcept, submitZienswijze } from "@/lib/services/griffie/zienswijze";
export { recordBeleidskaderBesluit, recordBeleidskaderStap } from "@/lib/services/griffie/beleidskader";
export {
  correctBesluit,
  recordAgendering,
  recordGeenZienswijze,
  recordOntvangst,
  recordToestemming,
} from "@/lib/services/griffie/raadsbesluiten";
export { addReces, addVergadering, importVergaderingen } from "@/lib/services/griffie/vergaderingen";
export { answerPoint } from "@/lib/services/nota";
export { answerNota } from "@/lib/services/nota";
export { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
export { publishVersion } from "@/lib/services/secretariaat/publish-version";
export { recordCollegeStep } from "@/lib/services/college-steps";
export {
  correctRegionalStep,
  recordMembershipChange,
  recordOntwerpVerzonden,
  recordRaadsledenoverleg,
} from "@/lib/services/secretariaat/records";
export { saveFollowSettings, unsubscribeDigest } from "@/lib/services/follow";
export { manageAgendaLink, setAgendaMail } from "@/lib/services/griffie/agenda-abonnement";
export { revokeAllOwnSessions, revokeOwnSession } from "@/lib/services/sessions";
export { saveRegio } from "@/lib/services/beheer/regio";
export { saveGemeente } from "@/lib/services/beheer/gemeente";
export { importGemeenten } from "@/lib/services/beheer/gemeente-csv";
export { saveRegeling } from "@/lib/services/beheer/regeling";
export { startProcedure } from "@/lib/services/beheer/procedure";
export { acceptInvitation } from "@/lib/services/users/invitations";
export {
  nieuweLinkVoorGebruiker,
  uitnodigenGebruiker,
  wijzigGebruiker,
  zetGebruikerActief,
} from "@/lib/services/users/gebruikers";
export { importGebruikers } from "@/lib/services/users/gebruikers-csv";
export { opheffenGemeente, opheffenRegio } from "@/lib/services/beheer/opheffen";
export { createEersteBeheerder } from "@/lib/services/users/eerste-beheerder";
export { applyAgendaFeed, setAgendaFeed } from "@/lib/services/agenda-feeds/commands";
export { changePlannedStep } from "@/lib/services/planned-steps";
export { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
export { recordEindeVervangenRegeling } from "@/lib/services/beheer/vervangen-regeling";
export { cancelVergadering, updateVergadering } from "@/lib/services/griffie/vergaderingen";
export {
  answerBegrotingZienswijze,
  recordBegrotingStep,
  startBegrotingCycle,
  submitBegrotingZienswijze,
} from "@/lib/services/begroting/commands";
export { setBegrotingPlanning } from "@/lib/services/begroting/planning";
export {
  answerWijzigingZienswijze,
  addBegrotingswijziging,
  recordWijzigingStep,
  submitWijzigingZienswijze,
} from "@/lib/services/begroting/wijziging";
export {
  recordDvhBosdAkkoord,
  recordDvhCollegebesluit,
  recordDvhRaadGeinformeerd,
  startDvhActualisatie,
} from "@/lib/services/dienstverleningshandvest/commands";
