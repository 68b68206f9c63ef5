import type { ReactNode } from "react";

/** The framework floor: a root layout with no client components. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
