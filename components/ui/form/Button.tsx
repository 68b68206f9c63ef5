"use client";

import { type ButtonProps, Button as UtrechtButton } from "@utrecht/component-library-react";

/**
 * The NL Design System button, as a client component: the Utrecht bundle uses React hooks and
 * carries no "use client" itself, so server components (GET forms) render it through this file.
 */
export function Button(props: ButtonProps) {
  return <UtrechtButton {...props} />;
}
