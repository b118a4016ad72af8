/**
 * A focus session's phases: focus, break, focus, … focus (`cycles` focus periods with a break
 * between each two). Times are "session time": milliseconds since the start, pauses left out.
 */
export interface Plan {
  focusMs: number;
  breakMs: number;
  cycles: number;
}

export interface Phase {
  /** 0, 1, 2, …: even ones are focus. */
  index: number;
  kind: 'focus' | 'break';
  /** 1-based focus period (a break belongs to the focus before it). */
  cycle: number;
  start: number;
  end: number;
}

export const phaseCount = (plan: Plan) => plan.cycles * 2 - 1;
export const totalMs = (plan: Plan) => plan.cycles * plan.focusMs + (plan.cycles - 1) * plan.breakMs;

export function phase(plan: Plan, index: number): Phase {
  const cycle = Math.floor(index / 2) + 1;
  const start = Math.floor(index / 2) * (plan.focusMs + plan.breakMs) + (index % 2 === 1 ? plan.focusMs : 0);
  const kind = index % 2 === 0 ? 'focus' : 'break';
  return { index, kind, cycle, start, end: start + (kind === 'focus' ? plan.focusMs : plan.breakMs) };
}

/** The phase at session time `at`, or undefined once the session is over. */
export function phaseAt(plan: Plan, at: number): Phase | undefined {
  if (at >= totalMs(plan)) return undefined;
  const period = plan.focusMs + plan.breakMs;
  const cycleIndex = Math.floor(Math.max(0, at) / period);
  return phase(plan, cycleIndex * 2 + (Math.max(0, at) % period < plan.focusMs ? 0 : 1));
}

/** The focus parts of session time [from, to), as [start, end) pairs. */
export function focusWithin(plan: Plan, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let cycle = 0; cycle < plan.cycles; cycle++) {
    const start = cycle * (plan.focusMs + plan.breakMs);
    const end = start + plan.focusMs;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) out.push([a, b]);
    if (start >= to) break;
  }
  return out;
}
