/** The time and the dice, injected so that tests control both. */
export interface Clock {
  now(): Date;
}

export type Random = () => number;
