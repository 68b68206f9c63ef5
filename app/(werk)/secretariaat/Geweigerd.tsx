import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";

/** 403-style page content for the secretariat's pages. */
export function Geweigerd({ reason }: { reason: string }) {
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <Alert type="warning">{reason}</Alert>
      <Paragraph>
        Deze pagina is voor het regionaal secretariaat. Ga naar <a href="/werkruimte">uw werkruimte</a> of naar het{" "}
        <a href="/">openbare overzicht</a>.
      </Paragraph>
    </>
  );
}
