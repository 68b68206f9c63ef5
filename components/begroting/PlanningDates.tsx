import { Fragment } from "react";
import { formatDutchDate } from "@/lib/presentation/dates";
import { PLANNED } from "@/lib/presentation/begroting-summary";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";

/** The bestuur's planned dates of a year and the planning's warnings: the same on the complete and the bounded page. */
export function PlanningDates({ view }: { view: BegrotingPlanningView }) {
  return (
    <>
      <dl className="grv-facts" data-testid="jaarplanning-data">
        {PLANNED.map(([key, label]) => (
          <Fragment key={key}>
            <dt>{label}</dt>
            <dd>{view.planning[key] ? formatDutchDate(view.planning[key]) : "Nog niet gepland"}</dd>
          </Fragment>
        ))}
      </dl>
      {view.warnings.length ? (
        <ul aria-label="Waarschuwingen bij de jaarplanning">
          {view.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
