import type { ReactNode } from "react";

type AlertType = "info" | "ok" | "warning" | "error";

/** NL Design System (Utrecht) alert. Errors are announced to screen readers (role=alert). */
export function Alert({ type = "info", children, id }: { type?: AlertType; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`utrecht-alert utrecht-alert--${type}`} role={type === "error" ? "alert" : "status"}>
      <div className="utrecht-alert__content">{children}</div>
    </div>
  );
}
