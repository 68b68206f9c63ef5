import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";

/** 403-style page content: why not, who the page is for, and where to go instead. */
export function GeenToegang({ reason, voor }: { reason: string; voor: string }) {
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <Alert type="warning">{reason}</Alert>
      <Paragraph>
        Deze pagina is voor {voor}. Ga naar <a href="/werkruimte">uw werkruimte</a> of naar het{" "}
        <a href="/">openbare overzicht</a>.
      </Paragraph>
    </>
  );
}
