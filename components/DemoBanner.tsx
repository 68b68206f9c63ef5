import { demoModeShown } from "@/lib/read-models";

/**
 * Shown on every page while the database is in demo mode (AppSetting demo = true, written by the
 * demo seed): the accounts and their password are public, so nothing entered here is private.
 */
export async function DemoBanner() {
  let demo = false;
  try {
    demo = await demoModeShown();
  } catch {
    demo = false; // a database that cannot answer is reported by the page itself, not by the banner
  }
  if (!demo) return null;
  return (
    <aside className="grv-demo-banner" data-testid="demo-banner" aria-label="Demo-omgeving">
      <div className="grv-container">
        <div className="utrecht-alert utrecht-alert--warning">
          <div className="utrecht-alert__content">
            <strong>Demo-omgeving.</strong> Deze GR-volg bevat voorbeeldgegevens en demo-accounts met een openbaar
            wachtwoord. Voer hier geen echte of vertrouwelijke gegevens in.
          </div>
        </div>
      </div>
    </aside>
  );
}
