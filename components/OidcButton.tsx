"use client";

import { signIn } from "next-auth/react";

export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => signIn("oidc", { callbackUrl })}>
        {label}
      </button>
    </p>
  );
}
