/**
 * Thin wrappers around NL Design System components, so pages import from one place and the
 * design system can be swapped per municipality theme without touching pages.
 */
export { Heading } from "@nl-design-system-candidate/heading-react";
export { Paragraph } from "@nl-design-system-candidate/paragraph-react";
export { Link } from "@nl-design-system-candidate/link-react";
export { SkipLink } from "@nl-design-system-candidate/skip-link-react";
