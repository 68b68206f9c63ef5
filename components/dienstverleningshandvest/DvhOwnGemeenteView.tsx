import { Fragment, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { read } from "@/lib/read-models";
import { loadDvhOverview, type DvhOverview } from "@/lib/read-models/dienstverleningshandvest";
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

type OwnStand = DvhOverview["gemeenten"][number];
/** What every own-step form of a handvest gets: the procedure, its version when the page was read, the own party. */
export interface DvhOwnFormProps {
  procedureId: string;
  expectedVersion: number;
  participantId: string;
}

/**
 * The college's or the griffie's page of a handvest actualisatie: the overview of `id`, the own gemeente's stand,
 * and the role's own form when `mayAct` says it is the own gemeente's turn (a fresh form after every change).
 * Not found when the handvest does not exist or the own gemeente takes no part in it.
 */
export async function DvhOwnGemeentePage(props: {
  id: string;
  gemeenteId: string | null;
  back: { href: string; label: string };
  mayAct: (own: OwnStand) => boolean;
  form: (common: DvhOwnFormProps, own: OwnStand) => ReactNode;
}) {
  const o = await read(loadDvhOverview, props.id);
  const own = o?.gemeenten.find((g) => g.gemeenteId === props.gemeenteId);
  if (!o || !own) notFound();
  const common = { procedureId: o.procedureId, expectedVersion: o.version, participantId: own.participantId };
  return (
    <DvhOwnGemeenteView overview={o} ownLabel={own.label} gemeenteNaam={own.naam} back={props.back}>
      {props.mayAct(own) ? <Fragment key={o.version}>{props.form(common, own)}</Fragment> : null}
    </DvhOwnGemeenteView>
  );
}
