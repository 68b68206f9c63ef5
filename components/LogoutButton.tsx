"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/form";

export function LogoutButton() {
  return (
    <Button type="button" appearance="primary-action-button" onClick={() => signOut({ callbackUrl: "/" })}>
      Uitloggen
    </Button>
  );
}
