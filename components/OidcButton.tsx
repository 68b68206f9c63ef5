"use client";

import { signIn } from "next-auth/react";

/** One button per configured IdP (a gemeente may have its own), labelled with its name. */
export function OidcButton({
  providerId,
  label,
  callbackUrl,
}: {
  providerId: string;
  label: string;
  callbackUrl: string;
}) {
  return (
    <p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => signIn(providerId, { callbackUrl })}
      >
        {label}
      </button>
    </p>
  );
}
