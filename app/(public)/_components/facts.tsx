import { formatDutchDate } from "@/lib/presentation/dates";

/** The target dates of a regeling in its facts list (<dl>); a date not set is left out. */
export function TargetDates({ regeling }: { regeling: { targetSignBy: Date | null; targetInForce: Date | null } }) {
  return (
    <>
      {regeling.targetSignBy ? (
        <>
          <dt>Ondertekening uiterlijk</dt>
          <dd>{formatDutchDate(regeling.targetSignBy)}</dd>
        </>
      ) : null}
      {regeling.targetInForce ? (
        <>
          <dt>Beoogde inwerkingtreding</dt>
          <dd>{formatDutchDate(regeling.targetInForce)}</dd>
        </>
      ) : null}
    </>
  );
}
