import { PermissionFlagsBits as P, OverwriteType } from 'discord-api-types/v10';
import type { StoredChannel, StoredGuild } from './state.js';

/** What @everyone may do in emulated guilds (roughly Discord's defaults for a new server). */
export const EVERYONE_PERMISSIONS =
  P.CreateInstantInvite |
  P.ChangeNickname |
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePublicThreads |
  P.CreatePrivateThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseExternalStickers |
  P.MentionEveryone |
  P.ReadMessageHistory |
  P.UseApplicationCommands |
  P.Connect |
  P.Speak |
  P.Stream |
  P.UseVAD |
  P.SendVoiceMessages |
  P.SendPolls |
  P.UseExternalApps;

/** The bot's managed role: typical invite permissions of a content bot. */
export const BOT_ROLE_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.AddReactions |
  P.UseExternalEmojis |
  P.ManageMessages |
  P.UseApplicationCommands;

/** Permissions of a member with `roleIds` in `channel`, applying @everyone/role/member overwrites like Discord. */
export function computePermissions(guild: StoredGuild, userId: string, roleIds: readonly string[], channel: StoredChannel | undefined): bigint {
  if (guild.ownerId === userId) return allPermissions();
  let perms = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.id || roleIds.includes(role.id)) perms |= BigInt(role.permissions);
  }
  if ((perms & P.Administrator) !== 0n) return allPermissions();
  if (!channel) return perms;
  const overwrites = channel.permissionOverwrites;
  const everyone = overwrites.find((o) => o.id === guild.id);
  if (everyone) perms = (perms & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === OverwriteType.Role && roleIds.includes(o.id)) {
      allow |= BigInt(o.allow);
      deny |= BigInt(o.deny);
    }
  }
  perms = (perms & ~deny) | allow;
  const own = overwrites.find((o) => o.type === OverwriteType.Member && o.id === userId);
  if (own) perms = (perms & ~BigInt(own.deny)) | BigInt(own.allow);
  return perms;
}

export function allPermissions(): bigint {
  return Object.values(P).reduce((all, bit) => all | bit, 0n);
}
