import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedError, guardedFetch, guardedLookup } from "@/lib/services/agenda-feeds/fetch";

/**
 * The address check at connect time (DNS rebinding): the connection resolves the host itself and
 * refuses an internal address, whatever an earlier check of the same host answered. `localhost`
 * plays the rebinding host: a name that resolves to a loopback address.
 */
const env = (allow = "") => ({ AGENDA_FEED_ALLOW_HOSTS: allow }) as unknown as NodeJS.ProcessEnv;

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((_req, res) => res.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const lookupOf = (host: string, allow: string) =>
  new Promise<{ err: Error | null; address: string }>((resolve) =>
    guardedLookup(env(allow))(host, { family: 4 }, (err, address) => resolve({ err, address: String(address) })),
  );

describe("connect-time address check of a subscribed feed", () => {
  it("refuses a host name that resolves to loopback", async () => {
    const { err } = await lookupOf("localhost", "");
    expect(err).toBeInstanceOf(FeedError);
  });

  it("lets an allow-listed host through to its address", async () => {
    const { err, address } = await lookupOf("localhost", "localhost");
    expect(err).toBeNull();
    expect(address).toBe("127.0.0.1");
  });

  it("never connects to the internal address, even when the earlier check was passed", async () => {
    const guarded = guardedFetch(env(""));
    try {
      const failure = await guarded.fetch(new URL(`http://localhost:${port}/`)).catch((e: unknown) => e);
      expect((failure as { cause?: unknown }).cause).toBeInstanceOf(FeedError);
    } finally {
      await guarded.close();
    }
  });

  it("connects when the host is on the allow-list", async () => {
    const guarded = guardedFetch(env("localhost"));
    try {
      const response = await guarded.fetch(new URL(`http://localhost:${port}/`));
      expect(await response.text()).toContain("BEGIN:VCALENDAR");
    } finally {
      await guarded.close();
    }
  });
});
