import nodemailer, { type Transporter } from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** One-click unsubscribe (RFC 2369 List-Unsubscribe) for digests. */
  unsubscribeUrl?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP settings from the environment (see .env.example); null when no SMTP server is configured. */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env) {
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 25),
    secure: env.SMTP_SECURE === "true",
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
    from: env.MAIL_FROM ?? "GR-volg <noreply@gr-volg.nl>",
  };
}

export function createMailer(config: NonNullable<ReturnType<typeof smtpConfigFromEnv>>): Mailer {
  const transporter: Transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.auth,
    // A local relay without TLS must still work; STARTTLS is used when the server offers it.
    tls: { rejectUnauthorized: process.env.SMTP_TLS_REJECT_UNAUTHORIZED !== "false" },
  });
  return {
    async send(m) {
      await transporter.sendMail({
        from: config.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        ...(m.unsubscribeUrl ? { list: { unsubscribe: m.unsubscribeUrl } } : {}),
      });
    },
    close: () => transporter.close(),
  };
}
