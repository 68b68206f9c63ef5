/**
 * The main e2e suite runs in several Playwright workers, each against its OWN servers and embedded databases (a
 * "slot"), so a spec that changes state never meets another worker's spec. Playwright loads playwright.config.ts and
 * the specs again in every worker process with TEST_PARALLEL_INDEX set (0 … workers-1, kept when a worker restarts
 * after a failure), so the config's baseURL and the ports/paths below follow the worker's slot. In the runner process
 * (where the web servers start) the index is unset: slot 0.
 *
 * Ports per slot k: main server E2E_PORT + 10k, toestemming server + 1; the OIDC provider (E2E_PORT + 2) is shared
 * (only tests/e2e/oidc.spec.ts uses it, from one worker). tests/e2e/sessions.spec.ts uses E2E_PORT + 30 and + 31, so
 * at most 3 slots.
 */
export const E2E_BASE_PORT = Number(process.env.E2E_PORT ?? 3200);
export const MAX_E2E_SLOTS = 3;
/** This worker's slot (0 in the runner process). */
export const E2E_SLOT = Number(process.env.TEST_PARALLEL_INDEX ?? 0);

export const mainPort = (slot = E2E_SLOT) => E2E_BASE_PORT + 10 * slot;
export const toestemmingPort = (slot = E2E_SLOT) => mainPort(slot) + 1;
export const OIDC_OP_PORT = E2E_BASE_PORT + 2;

/** Slot 0 keeps the historical paths (.data/e2e, .data/e2e-toestemming). */
export const mainDataDir = (slot = E2E_SLOT) => (slot === 0 ? ".data/e2e" : `.data/e2e-${slot}`);
export const toestemmingDataDir = (slot = E2E_SLOT) =>
  slot === 0 ? ".data/e2e-toestemming" : `.data/e2e-toestemming-${slot}`;

export const mainBase = (slot = E2E_SLOT) => `http://127.0.0.1:${mainPort(slot)}`;
export const toestemmingBase = (slot = E2E_SLOT) => `http://127.0.0.1:${toestemmingPort(slot)}`;
