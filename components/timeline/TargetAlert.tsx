import { Alert } from "@/components/ui/Alert";
import type { TargetVerdict } from "@/lib/presentation/target-verdict";

/**
 * Beside every shown target date (issue 16 point 4): a warning when the target is out of reach, a
 * note when it cannot be computed yet; nothing extra when it is reachable unless `always`.
 */
export function TargetAlert({
  verdict,
  always = false,
}: {
  verdict: TargetVerdict | null | undefined;
  always?: boolean;
}) {
  if (!verdict || (verdict.reachable === true && !always)) return null;
  return (
    <Alert type={verdict.reachable === false ? "warning" : verdict.reachable ? "ok" : "info"}>
      <span data-testid="doel-oordeel">{verdict.text}</span>
    </Alert>
  );
}
