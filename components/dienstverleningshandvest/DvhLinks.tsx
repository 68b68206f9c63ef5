import { Heading } from "@/components/ui/nlds";
import { procedureStateLabel } from "@/lib/presentation/labels";

/** The handvest actualisaties a workspace links to (college, griffie): name, regeling and stand. */
export function DvhLinks({
  procedures,
  basePath,
}: {
  procedures: { id: string; titel: string; derivedState: string; regeling: { naam: string } }[];
  basePath: string;
}) {
  if (procedures.length === 0) return null;
  return (
    <section aria-labelledby="dvh-links">
      <Heading level={2} id="dvh-links">
        Dienstverleningshandvest
      </Heading>
      <ul>
        {procedures.map((p) => (
          <li key={p.id}>
            <a href={`${basePath}/${p.id}`}>{p.titel}</a> ({p.regeling.naam}):{" "}
            {procedureStateLabel("DVH_ACTUALISEREN", p.derivedState)}
          </li>
        ))}
      </ul>
    </section>
  );
}
