import type { Actor } from './requests.js';

/**
 * Whether the member holds a permission. Fails closed: when the adapter could not tell the
 * member's permissions, the answer is no.
 */
export function hasPermission(actor: Actor, bit: bigint): boolean {
  if (actor.permissions === undefined) return false;
  return (actor.permissions & bit) === bit;
}
