import { z } from "zod";

/**
 * Zod's own messages (a number where text was expected, an unknown option, …) in Dutch, for every
 * schema: a refusal never shows English, whatever a client posts. Imported by every module in
 * lib/validation, so it is active wherever a schema is.
 */
z.config(z.locales.nl());
