import type { ReactNode } from "react";
import type { DvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { DvhOverviewView } from "./DvhOverviewView";

/** The college's and the griffie's screen of a handvest actualisatie: the own gemeente's stand, its form, the rest. */
export function DvhOwnGemeenteView(props: {
  overview: DvhOverview;
  ownLabel: string;
  gemeenteNaam: string;
  back: { href: string; label: string };
  /** The own step's form, when it is the own gemeente's turn. */
  children?: ReactNode;
}) {
  const o = props.overview;
  return (
    <>
      <p>
        <a href={props.back.href}>← {props.back.label}</a>
      </p>
      <Heading level={1}>{o.titel}</Heading>
      <Paragraph data-testid="dvh-eigen-stand">
        {props.gemeenteNaam}: {props.ownLabel}
      </Paragraph>
      {props.children}
      <DvhOverviewView overview={o} documentHref={`/documenten/${o.document.id}`} />
    </>
  );
}
