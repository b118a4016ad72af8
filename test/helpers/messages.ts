import type { APIMessage } from 'discord-api-types/v10';

/** The custom_ids of a stored message's components, row by row, in order. */
export function customIds(message: Pick<APIMessage, 'components'>): string[] {
  return (message.components ?? []).flatMap((row) => ('components' in row ? row.components : []).map((c) => ('custom_id' in c ? c.custom_id : '')));
}
