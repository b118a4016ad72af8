import {
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  MessageFlags,
  MessageType,
  type APIAttachment,
  type APIMessage,
  type APIMessageInteractionMetadata,
} from 'discord-api-types/v10';
import { FormErrors, emptyMessage, unknownChannel, unknownMessage } from './errors.js';
import type { EmulatorState } from './state.js';
import type { RecordedFile } from './types.js';
import { isEmptyMessage, validateMessageBody } from './validate.js';

type Obj = Record<string, unknown>;

/** Where a new message comes from. */
export interface MessageOrigin {
  channelId: string;
  type?: MessageType;
  /** Set for interaction responses / follow-ups (the application id). */
  webhookId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  /** Deferred reply placeholder ("Bot is thinking..."). */
  loading?: boolean;
  /** Interaction messages may be ephemeral; channel messages may not. */
  allowEphemeral?: boolean;
}

/** Flags a client may set on send / edit. */
const SETTABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2 | MessageFlags.IsVoiceMessage;

const clone = <T>(value: T): T => structuredClone(value);

/** Creates, edits and deletes stored messages, resolving uploads into attachments and emitting gateway events. */
export class MessageStore {
  constructor(private readonly state: EmulatorState) {}

  get(id: string): APIMessage | undefined {
    return this.state.messages.get(id);
  }

  require(id: string, channelId?: string): APIMessage {
    const message = this.state.messages.get(id);
    if (!message || (channelId !== undefined && message.channel_id !== channelId)) throw unknownMessage();
    return message;
  }

  list(channelId: string): APIMessage[] {
    return (this.state.channelMessages.get(channelId) ?? [])
      .map((id) => this.state.messages.get(id))
      .filter((m): m is APIMessage => m !== undefined)
      .map(clone);
  }

  create(origin: MessageOrigin, body: Obj, files: RecordedFile[]): APIMessage {
    const channel = this.state.channels.get(origin.channelId);
    if (!channel) throw unknownChannel();
    const errors = new FormErrors();
    validateMessageBody(body, errors);
    errors.throwIfAny();
    const id = this.state.ids.next();
    const attachments = this.resolveAttachments(origin.channelId, body.attachments, files, []);
    if (!origin.loading && isEmptyMessage(body, attachments.length)) throw emptyMessage();
    let flags = Number(body.flags ?? 0) & SETTABLE_FLAGS;
    if (origin.allowEphemeral && (Number(body.flags ?? 0) & MessageFlags.Ephemeral) !== 0) flags |= MessageFlags.Ephemeral;
    if (origin.loading) flags |= MessageFlags.Loading;
    const message: APIMessage = {
      id,
      channel_id: origin.channelId,
      author: this.state.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments,
      embeds: normalizeEmbeds(body.embeds),
      components: (Array.isArray(body.components) ? body.components : []) as APIMessage['components'],
      pinned: false,
      type: origin.type ?? MessageType.Default,
      flags,
      ...(origin.webhookId ? { webhook_id: origin.webhookId, application_id: origin.webhookId } : {}),
      ...(origin.interactionMetadata ? { interaction_metadata: origin.interactionMetadata } : {}),
      ...(body.message_reference ? { message_reference: body.message_reference as APIMessage['message_reference'] } : {}),
      ...(body.poll ? { poll: body.poll as APIMessage['poll'] } : {}),
      ...(typeof body.nonce === 'string' || typeof body.nonce === 'number' ? { nonce: body.nonce } : {}),
    };
    this.state.messages.set(id, message);
    const list = this.state.channelMessages.get(origin.channelId) ?? [];
    list.push(id);
    this.state.channelMessages.set(origin.channelId, list);
    channel.lastMessageId = id;
    this.emit(GatewayDispatchEvents.MessageCreate, message);
    this.state.notify();
    return clone(message);
  }

  /** Applies a PATCH-style edit: only fields present in `body` change. */
  edit(id: string, body: Obj, files: RecordedFile[]): APIMessage {
    const message = this.require(id);
    const errors = new FormErrors();
    validateMessageBody({ ...body, flags: body.flags ?? message.flags }, errors);
    errors.throwIfAny();
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    const next: APIMessage = { ...message };
    if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) next.embeds = normalizeEmbeds(body.embeds);
    if ('components' in body) next.components = (Array.isArray(body.components) ? body.components : []) as APIMessage['components'];
    if ('attachments' in body || files.length > 0) {
      next.attachments = this.resolveAttachments(message.channel_id, body.attachments, files, message.attachments);
    }
    let flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    if (typeof body.flags === 'number') flags = (flags & ~SETTABLE_FLAGS) | (body.flags & SETTABLE_FLAGS);
    next.flags = flags;
    if (isEmptyMessage(next as unknown as Obj, next.attachments.length)) throw emptyMessage();
    next.edited_timestamp = wasLoading ? null : new Date().toISOString();
    this.state.messages.set(id, next);
    this.emit(GatewayDispatchEvents.MessageUpdate, next);
    this.state.notify();
    return clone(next);
  }

  delete(id: string): void {
    const message = this.require(id);
    this.state.messages.delete(id);
    const list = this.state.channelMessages.get(message.channel_id) ?? [];
    this.state.channelMessages.set(
      message.channel_id,
      list.filter((m) => m !== id),
    );
    const guildId = this.state.channels.get(message.channel_id)?.guildId ?? null;
    if (!isEphemeral(message)) {
      this.state.dispatcher.dispatch(
        guildId,
        GatewayDispatchEvents.MessageDelete,
        { id, channel_id: message.channel_id, ...(guildId ? { guild_id: guildId } : {}) },
        intentFor(guildId),
      );
    }
    this.state.notify();
  }

  private resolveAttachments(channelId: string, spec: unknown, files: RecordedFile[], existing: APIAttachment[]): APIAttachment[] {
    const byIndex = new Map<string, RecordedFile>();
    files.forEach((file, i) => {
      byIndex.set(/^files\[(\d+)\]$/.exec(file.field)?.[1] ?? /^file(\d*)$/.exec(file.field)?.[1] ?? String(i), file);
    });
    const used = new Set<RecordedFile>();
    const result: APIAttachment[] = [];
    const errors = new FormErrors();
    if (spec === undefined || spec === null) {
      result.push(...existing);
    } else if (Array.isArray(spec)) {
      spec.forEach((entry: unknown, i) => {
        const e = (entry ?? {}) as Obj;
        const key = String(e.id ?? '');
        const kept = existing.find((a) => a.id === key);
        const file = byIndex.get(key);
        if (kept) {
          result.push({ ...kept, ...(typeof e.description === 'string' ? { description: e.description } : {}) });
        } else if (file) {
          used.add(file);
          result.push(this.storeAttachment(channelId, file, typeof e.filename === 'string' ? e.filename : file.filename, e.description));
        } else {
          errors.add(['attachments', i, 'id'], 'ATTACHMENT_NOT_FOUND', `Attachment ${key} not found in the request files or message`);
        }
      });
    }
    errors.throwIfAny();
    for (const file of files) if (!used.has(file)) result.push(this.storeAttachment(channelId, file, file.filename, undefined));
    return result;
  }

  private storeAttachment(channelId: string, file: RecordedFile, filename: string, description: unknown): APIAttachment {
    const id = this.state.ids.next();
    this.state.attachmentData.set(id, file.data);
    const name = encodeURIComponent(filename);
    return {
      id,
      filename,
      size: file.size,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${name}`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${name}`,
      content_type: file.contentType || 'application/octet-stream',
      ...(typeof description === 'string' ? { description } : {}),
    };
  }

  private emit(event: GatewayDispatchEvents, message: APIMessage): void {
    if (isEphemeral(message)) return;
    const channel = this.state.channels.get(message.channel_id);
    const guildId = channel?.guildId ?? null;
    const guild = guildId ? this.state.guilds.get(guildId) : undefined;
    const member = guild?.members.get(message.author.id);
    const data = { ...message, ...(guildId ? { guild_id: guildId } : {}), ...(member ? { member: { ...member, user: undefined } } : {}) };
    this.state.dispatcher.dispatch(guildId, event, data, intentFor(guildId, channel?.type));
  }
}

export function isEphemeral(message: APIMessage): boolean {
  return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

function intentFor(guildId: string | null, type?: ChannelType): number {
  return guildId === null || type === ChannelType.DM ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
}

function normalizeEmbeds(embeds: unknown): APIMessage['embeds'] {
  if (!Array.isArray(embeds)) return [];
  return embeds.map((embed: unknown) => ({ type: 'rich', ...(embed as Obj) })) as APIMessage['embeds'];
}
