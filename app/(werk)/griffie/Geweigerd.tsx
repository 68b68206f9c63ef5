import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";

/** 403-style page content. */
export function Geweigerd({ reason }: { reason: string }) {
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <Alert type="warning">{reason}</Alert>
      <Paragraph>
        Deze pagina is voor griffiers. Ga naar <a href="/werkruimte">uw werkruimte</a> of naar het{" "}
        <a href="/">openbare overzicht</a>.
      </Paragraph>
    </>
  );
}
