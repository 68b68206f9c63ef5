"use client";

import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--primary-action"
      onClick={() => signOut({ callbackUrl: "/" })}
    >
      Uitloggen
    </button>
  );
}
