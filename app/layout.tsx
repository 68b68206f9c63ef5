import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/SiteHeader";
import { DemoBanner } from "@/components/DemoBanner";
import { HydrationMarker } from "@/components/HydrationMarker";
import { SkipLink } from "@/components/ui/nlds";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "GR-volg", template: "%s — GR-volg" },
  description: "Volg een gemeenschappelijke regeling raad voor raad door de wettelijke procedure.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className="utrecht-theme">
      <body className="utrecht-root">
        <SkipLink className="grv-skip" href="#inhoud">
          Direct naar de inhoud
        </SkipLink>
        <DemoBanner />
        <SiteHeader />
        <main id="inhoud" className="grv-container grv-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="grv-footer">
          <div className="grv-container">
            GR-volg — procedurevolger voor gemeenschappelijke regelingen (Wet gemeenschappelijke regelingen, Algemene
            termijnenwet).
          </div>
        </footer>
        {/* Renders nothing; marks <html> once React runs (browser tests wait for it before they click). */}
        <HydrationMarker />
      </body>
    </html>
  );
}
