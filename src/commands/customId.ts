/**
 * custom_id format: `v1:<handler>:<arg>:<arg>…`. The version lets a later release
 * reject (or migrate) buttons that an older release posted; arguments are short
 * ascii tokens so a custom_id always fits Discord's 100-character limit.
 */
export const CUSTOM_ID_VERSION = 'v1';
export const CUSTOM_ID_MAX = 100;

const token = /^[A-Za-z0-9_.-]{1,40}$/;

export function encodeCustomId(handler: string, ...args: string[]): string {
  for (const part of [handler, ...args]) {
    if (!token.test(part)) throw new Error(`custom_id part ${JSON.stringify(part)} is not a short ascii token`);
  }
  const id = [CUSTOM_ID_VERSION, handler, ...args].join(':');
  if (id.length > CUSTOM_ID_MAX) throw new Error(`custom_id ${id} is longer than ${CUSTOM_ID_MAX}`);
  return id;
}

export interface ParsedCustomId {
  handler: string;
  args: string[];
}

/** Returns null for anything that is not a well-formed id of the current version. */
export function parseCustomId(id: string): ParsedCustomId | null {
  if (id.length > CUSTOM_ID_MAX) return null;
  const [version, handler, ...args] = id.split(':');
  if (version !== CUSTOM_ID_VERSION || handler === undefined) return null;
  if (![handler, ...args].every((part) => token.test(part))) return null;
  return { handler, args };
}
