import { describe, expect, it, vi } from "vitest";
import type { DomainEvent } from "@/lib/domain";
import {
  AUDIT_AREAS,
  AUDIT_CATALOGUE,
  AUDIT_EVENT_TYPES,
  AuditCatalogueError,
  assertCatalogueEvent,
  auditLabel,
  auditTypeChoices,
  isAuditEventType,
} from "@/lib/audit/catalogue";
import { describeAuditEvent } from "@/lib/audit/render";
import { ALL_MACHINES } from "@/lib/domain/diagrams";
import { beleidskaderAuditType } from "@/lib/audit/events/beleidskader";
import type { BeleidskaderEventType } from "@/lib/domain/procedures/beleidskader";
import { begrotingAuditType } from "@/lib/audit/events/begroting";
import type { BegrotingEventType } from "@/lib/domain/procedures/begroting";
import { wijzigingAuditType } from "@/lib/audit/events/begrotingswijziging";
import type { BegrotingswijzigingEvent } from "@/lib/domain/procedures/begrotingswijziging";
import { dvhAuditType } from "@/lib/audit/events/dienstverleningshandvest";
import type { DvhEventType } from "@/lib/domain/procedures/dienstverleningshandvest";

// Every event the GR domain emits in the fixtures' walk through a procedure, as the store would append it.
const emitted: DomainEvent[] = vi.hoisted(() => []);
vi.mock("@/lib/domain", async (importOriginal) => {
  const domain = await importOriginal<typeof import("@/lib/domain")>();
  return {
    ...domain,
    applyGrCommand: (...args: Parameters<typeof domain.applyGrCommand>) => {
      const result = domain.applyGrCommand(...args);
      if (result.ok) emitted.push(...result.events);
      return result;
    },
  };
});
const fixtures = await import("../domain/procedures/fixtures");

/**
 * How each state machine's events are stored in the audit trail (lib/services/*-store.ts). A new
 * machine fails the test below until it is listed here; null: no store writes its events yet.
 */
const STORED_AS: Record<string, ((event: string) => string) | null> = {
  regional: (e) => e,
  raad_track: (e) => e,
  college_track: (e) => e,
  beleidskader: (e) => beleidskaderAuditType(e as BeleidskaderEventType),
  dienstverleningshandvest: (e) => dvhAuditType(e as DvhEventType),
  begroting: (e) => begrotingAuditType(e as BegrotingEventType),
  begroting_raad: (e) => begrotingAuditType(e as BegrotingEventType),
  jaarrekening: (e) => begrotingAuditType(e as BegrotingEventType),
  begrotingswijziging: (e) => wijzigingAuditType(e as BegrotingswijzigingEvent["type"]),
};

describe("audit catalogue", () => {
  it("gives every type a Dutch label of its own and a payload schema", () => {
    expect(AUDIT_EVENT_TYPES.length).toBeGreaterThan(50);
    for (const type of AUDIT_EVENT_TYPES) {
      const entry = AUDIT_CATALOGUE[type];
      expect(entry.label.trim(), type).not.toBe("");
      expect(entry.label, type).not.toContain("_");
      expect(typeof entry.payload.safeParse, type).toBe("function");
    }
    const labels = AUDIT_EVENT_TYPES.map((t) => AUDIT_CATALOGUE[t].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("has no type in two areas (a later area would silently replace the first one's entry)", () => {
    const all = Object.values(AUDIT_AREAS).flatMap((area) => Object.keys(area));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(AUDIT_EVENT_TYPES.length);
  });

  it("contains every event type a stored state machine of the domain can emit", () => {
    const machineIds = ALL_MACHINES.map((m) => m.id);
    expect(Object.keys(STORED_AS).sort()).toEqual([...machineIds].sort());
    const missing: string[] = [];
    let checked = 0;
    for (const machine of ALL_MACHINES) {
      const storedAs = STORED_AS[machine.id];
      if (!storedAs) continue;
      for (const { event } of machine.transitions) {
        checked++;
        if (!isAuditEventType(storedAs(event))) missing.push(`${machine.id}: ${storedAs(event)}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it("accepts the payload of every event the GR domain emits on a walk through a procedure", () => {
    let s = fixtures.inToestemming();
    for (const id of fixtures.FULL) s = fixtures.sign(fixtures.grantToestemming(s, id), id);
    const types = new Set(emitted.map((e) => e.type));
    expect(types.size).toBeGreaterThanOrEqual(14);
    for (const e of emitted) expect(() => assertCatalogueEvent(e.type, e.payload), e.type).not.toThrow();
  });

  it("refuses an unknown type and a payload that does not fit its schema, as a programming error", () => {
    expect(() => assertCatalogueEvent("test_event", {})).toThrow(AuditCatalogueError);
    expect(() => assertCatalogueEvent("bosd_akkoord", { decision: { decidedOn: "2026-04-15" } })).toThrow(
      /Ongeldige gegevens voor auditgebeurtenis "bosd_akkoord": decision\.documentVersionId/,
    );
    expect(() => assertCatalogueEvent("zienswijze_ingediend", { ingediendOp: "gisteren" })).toThrow(
      AuditCatalogueError,
    );
    expect(() => assertCatalogueEvent("overal_afgemeld", { bronadres: null, aantal: -1 })).toThrow(/aantal/);
    expect(() => assertCatalogueEvent("overal_afgemeld", { bronadres: null, aantal: 2 })).not.toThrow();
  });

  it("checks the payload as it is stored (JSON): dates become strings, undefined fields disappear", () => {
    expect(() =>
      assertCatalogueEvent("toestemming_aangehouden", {
        decidedOn: "2026-10-07",
        expectedDate: "2026-11-04",
        reason: undefined,
      }),
    ).not.toThrow();
    expect(() =>
      assertCatalogueEvent("gebruiker_uitgenodigd", {
        invitationId: "i1",
        purpose: "uitnodiging",
        expiresAt: new Date(),
      }),
    ).not.toThrow();
  });

  it("offers every type by its label in the filter, alphabetically", () => {
    const choices = auditTypeChoices();
    expect(choices.map((c) => c.value).sort()).toEqual([...AUDIT_EVENT_TYPES].sort());
    const labels = choices.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "nl")));
  });
});

describe("audit descriptions for people", () => {
  it("describes a catalogue event with its label and a Dutch sentence", () => {
    expect(
      describeAuditEvent("toestemming_verleend", {
        type: "toestemming_verleend",
        decision: { documentVersionId: "v2", decidedOn: "2026-10-07", votes: { for: 20, against: 3 } },
      }),
    ).toEqual({
      label: "Toestemming verleend",
      known: true,
      details: "De raad heeft toestemming verleend, besloten op 7 oktober 2026 (20 stemmen voor, 3 tegen).",
    });
  });

  it("names an older type 'Onbekende gebeurtenis' and lists its fields in words, not JSON", () => {
    const d = describeAuditEvent("test_ontvangen", { n: 3, onderwerp: "art. 4", datum: "2026-03-01", ok: true });
    expect(d.label).toBe("Onbekende gebeurtenis (test_ontvangen)");
    expect(auditLabel("test_ontvangen")).toBe(d.label);
    expect(d.known).toBe(false);
    expect(d.details).toBe("n: 3; onderwerp: art. 4; datum: 1 maart 2026; ok: ja");
  });

  it("falls back to the fields when a known type's stored payload has an older shape", () => {
    const d = describeAuditEvent("ontwerp_ontvangen", { receivedOn: "2026-03-30" });
    expect(d.label).toBe("Ontwerp ontvangen door de raad");
    expect(d.details).toBe("ontvangen op: 30 maart 2026");
  });

  it("never shows JSON for any catalogue type, whatever the payload", () => {
    for (const type of AUDIT_EVENT_TYPES) {
      for (const payload of [{}, { a: { b: [1, 2] } }, null]) {
        const { details } = describeAuditEvent(type, payload);
        expect(details, type).not.toMatch(/[{}"]:|^\{|\[object/);
      }
    }
  });
});
