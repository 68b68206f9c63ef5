import { Alert } from "@/components/ui/Alert";
import { Heading, Paragraph } from "@/components/ui/nlds";
import type { AuditVerification } from "@/lib/services/audit-verify";
import type { CheckpointStatus } from "@/lib/services/audit-checkpoint";
import { Button } from "@/components/ui/form";

/**
 * The hash chain check. It reads every event, which takes time on a large trail, so it runs when
 * asked (a GET form, no JavaScript needed) rather than on every page view.
 */
export function ChainStatus({
  result,
  checkpoint,
}: {
  result: AuditVerification | null;
  checkpoint?: CheckpointStatus | null;
}) {
  return (
    <section aria-labelledby="keten-titel">
      <Heading level={2} id="keten-titel">
        Controle van de hashketen
      </Heading>
      {checkpoint === undefined ? null : <CheckpointLine checkpoint={checkpoint} />}
      {result === null ? null : result.ok ? (
        <Alert type="ok">
          <span data-testid="keten-status">
            De hashketen is in orde: alle {result.checked.toLocaleString("nl-NL")} gebeurtenissen zijn ongewijzigd.
          </span>
        </Alert>
      ) : (
        <Alert type="error">
          <span data-testid="keten-status">
            De hashketen is verbroken bij gebeurtenis {result.brokenAt}: {result.reason}{" "}
            {result.checked.toLocaleString("nl-NL")} gebeurtenissen daarvoor zijn in orde.
          </span>
        </Alert>
      )}
      <form method="get" action="/secretariaat/audit">
        <input type="hidden" name="keten" value="controleren" />
        <Button type="submit" appearance="secondary-action-button">
          Hashketen controleren
        </Button>
      </form>
    </section>
  );
}

const when = (d: Date) =>
  new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" }).format(d);

/** The latest signed checkpoint (checked on every view: one signature and one lookup). */
function CheckpointLine({ checkpoint }: { checkpoint: CheckpointStatus | null }) {
  return (
    <Paragraph data-testid="controlepunt-status">
      {checkpoint === null
        ? "Nog geen ondertekend controlepunt."
        : `Laatste ondertekende controlepunt: ${when(checkpoint.createdAt)}, tot en met gebeurtenis ${checkpoint.lastEventId} (${Number(checkpoint.eventCount).toLocaleString("nl-NL")} gebeurtenissen) — ${
            checkpoint.valid ? "geldig." : `ONGELDIG: ${checkpoint.problem}`
          }`}
    </Paragraph>
  );
}
