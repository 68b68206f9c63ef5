import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export interface CapturedMail {
  to: string[];
  raw: string;
  subject: string;
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps every message it receives. */
export async function startTestSmtp(opts: { failFor?: (to: string) => boolean } = {}) {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (opts.failFor?.(address.address)) return cb(new Error("Mailbox tijdelijk niet beschikbaar"));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        // Unfold the (possibly folded) header line: CRLF followed by white space is not content.
        const subject = (/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "").replace(/\r?\n(?=[ \t])/g, "");
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, subject });
        cb();
      });
    },
  });
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", res));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    config: { host: "127.0.0.1", port, secure: false, auth: undefined, from: "GR-volg test <test@gr-volg.nl>" },
    close: () => new Promise<void>((res) => server.close(() => res())),
  };
}
