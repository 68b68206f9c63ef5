"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/form";

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
      <Button type="button" appearance="secondary-action-button" onClick={() => signIn(providerId, { callbackUrl })}>
        {label}
      </Button>
    </p>
  );
}
