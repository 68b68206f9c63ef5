import { describe, expect, it } from "vitest";
import { plainFieldsOf } from "@/lib/actions/handlers";
import { vergaderingSchema } from "@/lib/validation/griffie/vergadering";

/** A submit without JavaScript posts the inputs by name (no `invoer`): the action reads them with the same schema. */
describe("plainFieldsOf (forms without JavaScript)", () => {
  it("reads the named fields and leaves out React's action ids, the version and the upload", () => {
    const fd = new FormData();
    fd.set("$ACTION_ID_abc123", "");
    fd.set("kind", "RAAD");
    fd.set("datum", "2026-11-19");
    fd.set("titel", "Raad");
    fd.set("expectedVersion", "3");
    fd.set("bestand", new File(["x"], "a.pdf"));
    expect(plainFieldsOf(fd)).toEqual({ kind: "RAAD", datum: "2026-11-19", titel: "Raad" });
    expect(vergaderingSchema.safeParse(plainFieldsOf(fd)).success).toBe(true);
  });

  it("nests dotted names into objects and arrays", () => {
    const fd = new FormData();
    fd.set("punten.0.tekst", "a");
    fd.set("punten.1.tekst", "b");
    fd.set("adres.straat", "Markt");
    expect(plainFieldsOf(fd)).toEqual({ punten: [{ tekst: "a" }, { tekst: "b" }], adres: { straat: "Markt" } });
  });

  it("a missing field stays missing, so the schema refuses it as with JavaScript", () => {
    const fd = new FormData();
    fd.set("kind", "RAAD");
    expect(vergaderingSchema.safeParse(plainFieldsOf(fd)).success).toBe(false);
  });
});
