import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrScenario, toestemmingByUrk } from "./helpers/gr-scenario";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { runCommand } from "@/lib/commands";
import { can } from "@/lib/auth/permissions";
import { listOpenCollegeSteps, loadCollegeWorkspace } from "@/lib/services/college/workspace";
import { parse } from "csv-parse/sync";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import { statusCsv } from "@/lib/export/status-csv";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { collegeDatesOf, collegeStandText } from "@/lib/presentation/college";

let opened: Awaited<ReturnType<typeof openGrScenario>>;
const now = new Date("2026-11-20T10:00:00Z");
beforeAll(async () => {
  opened = await openGrScenario(now, toestemmingByUrk);
});
afterAll(async () => opened?.db.close());

const step = (input: Record<string, unknown>, user: unknown) =>
  runCommand(
    opened.db.prisma,
    user as never,
    recordCollegeStep,
    { procedureId: opened.gr.procedureId, ...input },
    { now },
  );
const viewOf = async (gemeente: string) =>
  (await loadCollegeWorkspace(opened.db.prisma, opened.gr.gemeenten[gemeente])).find(
    (v) => v.procedureId === opened.gr.procedureId,
  );

describe("college workspace: what the own college must do now", () => {
  it("shows only the own gemeente's track, with the precondition in words", async () => {
    const urk = await viewOf("urk");
    expect(urk?.participantId).toBe(opened.gr.participants.urk);
    expect(urk?.steps).toEqual(["collegebesluit_genomen"]);
    expect(urk?.preconditions.join(" ")).toMatch(/^Voldaan: de raad van Urk heeft op .* toestemming verleend/);
    expect(urk?.version?.href).toMatch(/^\/documenten\/.+#versie-\d+$/);
    const almere = await viewOf("almere");
    expect(almere?.participantId).toBe(opened.gr.participants.almere);
    // Almere's raad has not given toestemming: nothing to decide yet, and it says why.
    expect(almere?.steps).not.toContain("collegebesluit_genomen");
    expect(almere?.preconditions.join(" ")).toMatch(/Nog niet voldaan: de raad van Almere moet eerst toestemming/);
  });

  it("lists the open steps for a task list and moves on after each recorded step", async () => {
    const college = { id: "u-college-urk", role: "COLLEGE" as const, gemeenteId: opened.gr.gemeenten.urk };
    const open = await listOpenCollegeSteps(opened.db.prisma, opened.gr.gemeenten.urk);
    expect(open.filter((o) => o.procedureId === opened.gr.procedureId).map((o) => o.step)).toEqual([
      "collegebesluit_genomen",
    ]);
    expect(open[0]?.href).toBe(`/college#procedure-${opened.gr.procedureId}`);
    expect(
      await step(
        { step: "collegebesluit_genomen", participantId: opened.gr.participants.urk, date: "2026-11-10" },
        college,
      ),
    ).toMatchObject({ ok: true });
    const after = await viewOf("urk");
    expect(after?.steps).toEqual(["ondertekend"]);
    expect(after?.collegebesluitOn).toBe("2026-11-10");
    expect(after?.preconditions.join(" ")).toMatch(/Onderteken dezelfde versie/);
  });

  it("a bestuurssecretariaat acts for its own college only; another gemeente's college is refused", async () => {
    const bestuurssecretariaat = {
      id: "u-bs-urk",
      role: "BESTUURSSECRETARIAAT" as const,
      gemeenteId: opened.gr.gemeenten.urk,
    };
    const otherCollege = { id: "u-college-almere", role: "COLLEGE" as const, gemeenteId: opened.gr.gemeenten.almere };
    const otherBs = {
      id: "u-bs-almere",
      role: "BESTUURSSECRETARIAAT" as const,
      gemeenteId: opened.gr.gemeenten.almere,
    };
    for (const user of [otherCollege, otherBs]) {
      const res = await step(
        { step: "ondertekend", participantId: opened.gr.participants.urk, date: "2026-11-12" },
        user,
      );
      expect(res).toMatchObject({ ok: false });
      if (!res.ok) expect(res.message).toMatch(/eigen gemeente/);
    }
    expect((await viewOf("urk"))?.collegeStatus).toBe("collegebesluit_genomen");
    expect(
      await step(
        { step: "ondertekend", participantId: opened.gr.participants.urk, date: "2026-11-12" },
        bestuurssecretariaat,
      ),
    ).toMatchObject({ ok: true });
    expect((await viewOf("urk"))?.signedOn).toBe("2026-11-12");
  });

  it("the permission table lets the college and its bestuurssecretariaat in for the own gemeente only", () => {
    for (const role of ["COLLEGE", "BESTUURSSECRETARIAAT"] as const) {
      const subject = { role, gemeenteId: "urk" };
      expect(can(subject, "college.bekijken", { gemeenteId: "urk" }).allowed).toBe(true);
      expect(can(subject, "college.bekijken", { gemeenteId: "almere" }).allowed).toBe(false);
      expect(can(subject, "ondertekening.registreren", { gemeenteId: "almere" }).allowed).toBe(false);
      expect(can({ role, gemeenteId: null }, "college.bekijken").allowed).toBe(false);
      expect(can(subject, "griffie.bekijken").allowed).toBe(false);
    }
    for (const role of ["GRIFFIER", "RAADSLID", "SECRETARIAAT", "ADMIN"] as const) {
      expect(can({ role, gemeenteId: "urk" }, "college.bekijken", { gemeenteId: "urk" }).allowed).toBe(false);
    }
  });

  it("the matrix, the status CSV and the public pages show the college track with its dates", async () => {
    const m = await loadConsensusMatrix(opened.db.prisma, "gr-sociaal-domein-flevoland", "2026-11-20");
    const gr = m.rows.find((r) => r.procedureId === opened.gr.procedureId);
    const urk = gr?.cells.find((c) => c.participantId === opened.gr.participants.urk);
    expect(urk?.college).toEqual({
      status: "ondertekend",
      label: "Regeling ondertekend",
      collegebesluitOn: "2026-11-10",
      signedOn: "2026-11-12",
      publishedOn: null,
    });
    expect(gr?.cells.find((c) => c.participantId === opened.gr.participants.almere)?.college?.status).toBe(
      "wacht_op_toestemming",
    );

    const csv = statusCsv(m);
    const [header] = parse(csv, { delimiter: ";", bom: true, to: 1 }) as string[][];
    // The original columns keep their place (a stable interface); the college's are appended.
    expect(header.join(";")).toBe(
      "Regeling;Document;Stand procedure;Gemeente;Deelname;Stand raad;Termijn;Risico;Stand college;Collegebesluit;Ondertekend;Eigen bekendmaking",
    );
    const rows = parse(csv, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    const urkRow = rows.find((r) => r.Gemeente === "Urk" && r["Stand college"] === "Regeling ondertekend");
    expect(urkRow).toMatchObject({ Collegebesluit: "2026-11-10", Ondertekend: "2026-11-12", "Eigen bekendmaking": "" });

    const gemeente = await loadPublicGemeente(opened.db.prisma, "urk", "2026-11-20");
    if (!gemeente) throw new Error("Urk ontbreekt");
    const collegeTrack = gemeente.tracks.find((t) => t.procedureId === opened.gr.procedureId && t.kind === "COLLEGE");
    expect(collegeTrack && collegeStandText(gemeente.trackLabel(collegeTrack), collegeDatesOf(collegeTrack.data))).toBe(
      "Regeling ondertekend (collegebesluit 10 november 2026, ondertekend 12 november 2026)",
    );
    const regeling = await loadPublicRegeling(opened.db.prisma, "gr-sociaal-domein-flevoland", "2026-11-20");
    const publicCollege = regeling?.gr?.tracks.find(
      (t) => t.participantId === opened.gr.participants.urk && t.kind === "COLLEGE",
    );
    expect(collegeDatesOf(publicCollege?.data)).toEqual({
      collegebesluitOn: "2026-11-10",
      signedOn: "2026-11-12",
      publishedOn: null,
    });
  });
});
