/** The held-out split behind the published figures: 20 % of each BANKING77 label, seed 42. */
export const EVAL_SPLIT = { testShare: 0.2, seed: 42 } as const;
