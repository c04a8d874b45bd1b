/**
 * Test-only faults: each one breaks a subject that `simulate` makes a claim about, so a test can show the
 * claim failing. Inert unless a caller passes them to `startEmulator({ faults })` explicitly — nothing reads
 * them from the environment, and the `emulator` command has no flag for them.
 */
export const EMULATOR_FAULTS = {
  /** Package origin controls are ignored: upstream=BLOCK no longer stops the walk up the chain. */
  'origin-controls': 'upstream=BLOCK is ignored',
  /** External asset fetches are not counted (the audit counters under-report). */
  counters: 'external asset fetches are not counted',
  /** DisassociateExternalConnection answers success but leaves the connection in place. */
  pause: 'DisassociateExternalConnection leaves the connection in place',
} as const;

export type EmulatorFault = keyof typeof EMULATOR_FAULTS;

/** Whether a fault was injected into this emulator. */
export const hasFault = (ctx: { faults?: ReadonlySet<EmulatorFault> }, fault: EmulatorFault): boolean =>
  ctx.faults?.has(fault) === true;
