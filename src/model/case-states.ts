/**
 * The case states as plain values, without zod: widgets import these at run
 * time, and the schema library must stay in the lazily loaded connector code.
 */
export const CASE_STATES = ['submitted', 'delivered', 'in-progress', 'action-required', 'completed', 'rejected', 'withdrawn'] as const;

type State = (typeof CASE_STATES)[number];

/** States after which nothing changes any more (polling stops). */
export const FINAL_CASE_STATES: readonly State[] = ['completed', 'rejected', 'withdrawn'];

export function isFinalCaseState(state: State): boolean {
  return FINAL_CASE_STATES.includes(state);
}
