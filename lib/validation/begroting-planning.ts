import { z } from "zod";
import "./locale";
import { isoDate as date, recordId as id } from "./common";

/** Every date of the planning may stay empty: a planning grows during the year. */
const planned = (what: string) => z.union([z.literal(""), date(what)]).optional();

/** The secretariat sets or changes the yearly planning of a begroting cycle (issue 17 point 3). */
export const begrotingPlanningSchema = z.object({
  procedureId: id("de begroting"),
  kadersOp: planned("datum kaders naar de raden"),
  ontwerpOp: planned("datum ontwerpbegroting naar de raden"),
  aanbiedingOp: planned("datum aanbieding aan het algemeen bestuur"),
  vaststellingOp: planned("datum vaststelling van de begroting"),
  jaarrekeningOp: planned("datum vaststelling van de jaarrekening"),
});
export type BegrotingPlanningInput = z.input<typeof begrotingPlanningSchema>;
