import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BesluitForm } from "@/components/griffie/BesluitForm";
import type { FormDataAction } from "@/components/ui/form";

/** What the BesluitForm tests share: a small PDF, the JSON input sent, the four basic fields, the toestemming form. */
export const pdf = () => new File(["%PDF-1.4\n%%EOF\n"], "raadsbesluit.pdf", { type: "application/pdf" });
export const readInput = (fd: FormData) => JSON.parse(String(fd.get("invoer")));

export async function fillBasics() {
  await userEvent.type(screen.getByLabelText("Datum van de raadsvergadering"), "2026-06-25");
  await userEvent.type(screen.getByLabelText("Besluitnummer"), "2026-042");
  await userEvent.type(screen.getByLabelText("Stemmen voor"), "11");
  await userEvent.type(screen.getByLabelText("Stemmen tegen"), "4");
}

/** The toestemming form of participant "urk" for version v2 (label), optionally with the regio's PDF policy. */
export const renderToestemming = (
  action: FormDataAction,
  opts: { versionLabel?: string; pdfPolicy?: "BESLUITEN" | "ALLE" } = {},
) =>
  render(
    <BesluitForm
      mode="toestemming"
      procedureId="p"
      participantId="urk"
      expectedVersion={9}
      versions={[{ id: "v2", label: opts.versionLabel ?? "v2" }]}
      action={action}
      {...(opts.pdfPolicy ? { pdfPolicy: opts.pdfPolicy } : {})}
    />,
  );
