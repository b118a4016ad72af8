import { ChannelType, MessageFlags, PermissionFlagsBits as P, type APIMessage } from 'discord-api-types/v10';
import type { CommandStore } from './commands.js';
import { ApiError, cannotMessageUser, missingAccess, missingPermissions, unknownChannel, unknownGuild, unknownMessage, unknownUser } from './errors.js';
import { json, noContent, route, type Route, type RouteContext } from './http.js';
import type { InteractionService } from './interactions.js';
import { isEphemeral, type MessageStore } from './messages.js';
import { applicationPayload, channelPayload, guildPayload, memberPayload } from './payloads.js';
import { computePermissions } from './permissions.js';
import type { EmulatorState, StoredChannel } from './state.js';

type Obj = Record<string, unknown>;

export interface RestDeps {
  state: EmulatorState;
  commands: CommandStore;
  messages: MessageStore;
  interactions: InteractionService;
  gatewayUrl: () => string;
  recommendedShards: () => number;
  maxConcurrency: number;
  sessionStartsRemaining: () => number;
}

const obj = (body: unknown): Obj => (body && typeof body === 'object' && !Array.isArray(body) ? (body as Obj) : {});
/** How long Discord deduplicates messages by nonce when enforce_nonce is set (a few minutes). */
const NONCE_WINDOW_MS = 5 * 60_000;

/** The REST surface: every route the emulator understands (paths are below `/api/v10`). */
export function createRoutes(deps: RestDeps): Route[] {
  const { state, commands, messages, interactions } = deps;

  const application = (ctx: RouteContext): void => {
    if (ctx.params.app !== state.applicationId) throw missingAccess();
  };
  const guildScope = (ctx: RouteContext): string | null => {
    application(ctx);
    const guildId = ctx.params.guild;
    if (guildId === undefined) return null;
    if (!state.guilds.has(guildId)) throw missingAccess();
    return guildId;
  };
  const channel = (id: string | undefined): StoredChannel => {
    const found = id === undefined ? undefined : state.channels.get(id);
    if (!found) throw unknownChannel();
    return found;
  };
  /** Bot permissions in a channel (DMs allow everything a DM allows). */
  const botCan = (ch: StoredChannel, bits: bigint): boolean => {
    if (!ch.guildId) return true;
    const guild = state.guilds.get(ch.guildId);
    if (!guild) return false;
    const perms = computePermissions(guild, state.botUser.id, guild.members.get(state.botUser.id)?.roles ?? [], ch);
    return (perms & bits) === bits;
  };
  const visibleMessage = (ch: StoredChannel, id: string | undefined): APIMessage => {
    const message = messages.require(id ?? '', ch.id);
    if (isEphemeral(message)) throw unknownMessage();
    return message;
  };

  const commandRoutes = (base: string): Route[] => [
    route('GET', base, 'bot', (ctx) => json(commands.list(guildScope(ctx)))),
    route('PUT', base, 'bot', (ctx) => json(commands.overwrite(guildScope(ctx), ctx.body))),
    route('POST', base, 'bot', (ctx) => {
      const { command, created } = commands.create(guildScope(ctx), ctx.body);
      return json(command, created ? 201 : 200);
    }),
    route('GET', `${base}/:command`, 'bot', (ctx) => json(commands.get(guildScope(ctx), ctx.params.command ?? ''))),
    route('PATCH', `${base}/:command`, 'bot', (ctx) => json(commands.edit(guildScope(ctx), ctx.params.command ?? '', ctx.body))),
    route('DELETE', `${base}/:command`, 'bot', (ctx) => {
      commands.delete(guildScope(ctx), ctx.params.command ?? '');
      return noContent();
    }),
  ];

  return [
    // ---- gateway / identity ----
    route('GET', '/gateway', 'none', () => json({ url: deps.gatewayUrl() })),
    route('GET', '/gateway/bot', 'bot', () =>
      json({
        url: deps.gatewayUrl(),
        shards: deps.recommendedShards(),
        session_start_limit: { total: 1000, remaining: deps.sessionStartsRemaining(), reset_after: 14_400_000, max_concurrency: deps.maxConcurrency },
      }),
    ),
    route('GET', '/users/@me', 'bot', () => json(state.botUser)),
    route('POST', '/users/@me/channels', 'bot', (ctx) => {
      const user = state.users.get(String(obj(ctx.body).recipient_id ?? ''));
      if (!user) throw unknownUser();
      return json(channelPayload(state.dmChannel(user)));
    }),
    route('GET', '/users/:user', 'bot', (ctx) => {
      const user = state.users.get(ctx.params.user ?? '');
      if (!user) throw unknownUser();
      return json(user);
    }),
    route('GET', '/applications/@me', 'bot', () => json(applicationPayload(state))),
    route('GET', '/oauth2/applications/@me', 'bot', () => json(applicationPayload(state))),

    // ---- application commands ----
    ...commandRoutes('/applications/:app/commands'),
    ...commandRoutes('/applications/:app/guilds/:guild/commands'),

    // ---- interactions ----
    route('POST', '/interactions/:id/:token/callback', 'none', (ctx) => {
      const withResponse = ctx.query.with_response === 'true';
      const body = interactions.callback(ctx.params.id ?? '', ctx.params.token ?? '', ctx.body, ctx.files, withResponse);
      return body ? json(body) : noContent();
    }),
    route('POST', '/webhooks/:app/:token', 'none', (ctx) => {
      const record = interactions.forWebhook(ctx.params.app ?? '', ctx.params.token ?? '');
      const message = interactions.followUp(record, obj(ctx.body), ctx.files);
      return ctx.query.wait === 'false' ? noContent() : json(message);
    }),
    route('GET', '/webhooks/:app/:token/messages/:message', 'none', (ctx) => {
      const record = interactions.forWebhook(ctx.params.app ?? '', ctx.params.token ?? '');
      return json(messages.require(interactions.messageId(record, ctx.params.message ?? '')));
    }),
    route('PATCH', '/webhooks/:app/:token/messages/:message', 'none', (ctx) => {
      const record = interactions.forWebhook(ctx.params.app ?? '', ctx.params.token ?? '');
      return json(interactions.editMessage(record, ctx.params.message ?? '', obj(ctx.body), ctx.files));
    }),
    route('DELETE', '/webhooks/:app/:token/messages/:message', 'none', (ctx) => {
      const record = interactions.forWebhook(ctx.params.app ?? '', ctx.params.token ?? '');
      interactions.deleteMessage(record, ctx.params.message ?? '');
      return noContent();
    }),

    // ---- channels & messages ----
    route('GET', '/channels/:channel', 'bot', (ctx) => {
      const ch = channel(ctx.params.channel);
      if (!botCan(ch, P.ViewChannel)) throw missingAccess();
      return json(channelPayload(ch));
    }),
    route('GET', '/channels/:channel/messages', 'bot', (ctx) => {
      const ch = channel(ctx.params.channel);
      if (!botCan(ch, P.ViewChannel | P.ReadMessageHistory)) throw missingAccess();
      const limit = Math.min(100, Math.max(1, Number(ctx.query.limit ?? 50) || 50));
      return json(
        messages
          .list(ch.id)
          .filter((m) => !isEphemeral(m))
          .reverse()
          .slice(0, limit),
      );
    }),
    route('POST', '/channels/:channel/messages', 'bot', (ctx) => {
      const ch = channel(ctx.params.channel);
      if (!botCan(ch, P.ViewChannel)) throw missingAccess();
      if (state.deniedChannels.has(ch.id) || !botCan(ch, P.SendMessages)) throw missingPermissions();
      if (ch.type === ChannelType.DM && ch.recipients.some((r) => state.closedDms.has(r.id))) throw cannotMessageUser();
      if (ctx.files.length > 0 && !botCan(ch, P.AttachFiles)) throw missingPermissions();
      const body = obj(ctx.body);
      const flags = Number(body.flags ?? 0);
      if ((flags & MessageFlags.Ephemeral) !== 0) {
        throw new ApiError(400, 50035, 'Invalid Form Body', {
          flags: { _errors: [{ code: 'MESSAGE_FLAGS_INVALID', message: 'Ephemeral messages can only be sent as interaction responses' }] },
        });
      }
      // enforce_nonce: the same nonce from the same author within a few minutes returns the first message.
      if (body.enforce_nonce === true && body.nonce !== undefined) {
        const same = messages
          .list(ch.id)
          .find((m) => m.nonce === body.nonce && m.author.id === state.botUser.id && Date.now() - Date.parse(m.timestamp) < NONCE_WINDOW_MS);
        if (same) return json(same);
      }
      return json(messages.create({ channelId: ch.id }, body, ctx.files));
    }),
    route('GET', '/channels/:channel/messages/:message', 'bot', (ctx) => {
      const ch = channel(ctx.params.channel);
      if (!botCan(ch, P.ViewChannel | P.ReadMessageHistory)) throw missingAccess();
      return json(visibleMessage(ch, ctx.params.message));
    }),
    route('PATCH', '/channels/:channel/messages/:message', 'bot', (ctx) => {
      const ch = channel(ctx.params.channel);
      const message = visibleMessage(ch, ctx.params.message);
      if (message.author.id !== state.botUser.id) {
        throw new ApiError(403, 50005, 'Cannot edit a message authored by another user');
      }
      return json(messages.edit(message.id, obj(ctx.body), ctx.files));
    }),
    route('DELETE', '/channels/:channel/messages/:message', 'bot', (ctx) => {
      const ch = channel(ctx.params.channel);
      const message = visibleMessage(ch, ctx.params.message);
      if (message.author.id !== state.botUser.id && !botCan(ch, P.ManageMessages)) throw missingPermissions();
      messages.delete(message.id);
      return noContent();
    }),
    route('POST', '/channels/:channel/typing', 'bot', (ctx) => {
      channel(ctx.params.channel);
      return noContent();
    }),

    // ---- guilds ----
    route('GET', '/guilds/:guild', 'bot', (ctx) => {
      const guild = state.guilds.get(ctx.params.guild ?? '');
      if (!guild) throw unknownGuild();
      const counts = ctx.query.with_counts === 'true' ? { approximate_member_count: guild.members.size, approximate_presence_count: 0 } : {};
      return json({ ...guildPayload(guild), ...counts });
    }),
    route('GET', '/guilds/:guild/channels', 'bot', (ctx) => {
      const guild = state.guilds.get(ctx.params.guild ?? '');
      if (!guild) throw unknownGuild();
      return json(
        guild.channelIds
          .map((id) => state.channels.get(id))
          .filter((c): c is StoredChannel => !!c && c.type !== ChannelType.DM)
          .map(channelPayload),
      );
    }),
    route('GET', '/guilds/:guild/roles', 'bot', (ctx) => {
      const guild = state.guilds.get(ctx.params.guild ?? '');
      if (!guild) throw unknownGuild();
      return json(guild.roles);
    }),
    route('GET', '/guilds/:guild/members/:user', 'bot', (ctx) => {
      const guild = state.guilds.get(ctx.params.guild ?? '');
      if (!guild) throw unknownGuild();
      const member = guild.members.get(ctx.params.user ?? '');
      if (!member) throw new ApiError(404, 10007, 'Unknown Member');
      return json(memberPayload(member));
    }),
  ];
}
