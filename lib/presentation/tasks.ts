import type { CollegeTaskStep, RaadTaskStep, RegionalTaskStep } from "@/lib/domain/tasks";

/** Dutch names of the next steps on "Mijn taken". */
export const TASK_LABELS: Record<RaadTaskStep | CollegeTaskStep | RegionalTaskStep, string> = {
  ontvangst: "Ontvangst van het ontwerp registreren",
  agendering: "Zienswijze agenderen voor de raad",
  zienswijze: "Raadsbesluit over de zienswijze registreren",
  toestemmingsvoorstel: "Ontvangst van het toestemmingsvoorstel registreren",
  toestemming_agendering: "Toestemming agenderen voor de raad",
  toestemming: "Raadsbesluit over toestemming registreren",
  voorgenomen_besluit: "Voorgenomen collegebesluit nemen",
  collegebesluit: "Collegebesluit nemen",
  ondertekening: "Regeling ondertekenen",
  eigen_bekendmaking: "Eigen bekendmaking van het collegebesluit registreren",
  concept: "Concept opstellen",
  bosd_akkoord: "Akkoord van het bestuurlijk overleg registreren",
  zienswijzeprocedure_openen: "Zienswijzeprocedure openen",
  zienswijzeprocedure_sluiten: "Zienswijzeprocedure sluiten",
  nota: "Nota van beantwoording vaststellen",
  definitieve_versie: "Definitieve versie vaststellen",
  toestemmingsprocedure: "Toestemmingsprocedure openen",
  bekendmaking: "Bekendmaking van de regeling registreren",
  inwerkingtreding: "Inwerkingtreding registreren",
};

/** The section of the griffie's procedure page that holds the form of a raad step. */
export const TASK_FORM_ANCHOR: Record<RaadTaskStep, string> = {
  ontvangst: "ontvangst",
  agendering: "agenderen",
  zienswijze: "vaststellen",
  toestemmingsvoorstel: "tv",
  toestemming_agendering: "tagenderen",
  toestemming: "toestemming",
};
