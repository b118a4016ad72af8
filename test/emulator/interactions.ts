import {
  InteractionResponseType as R,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
} from 'discord-api-types/v10';
import { ApiError, FormErrors, alreadyAcknowledged, invalidWebhookToken, unknownInteraction, unknownMessage, unknownWebhook } from './errors.js';
import type { MessageStore } from './messages.js';
import type { EmulatorState } from './state.js';
import type { CallbackRecord, RecordedFile } from './types.js';

type Obj = Record<string, unknown>;

/** Server-side bookkeeping of one dispatched interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  payload: APIInteraction;
  createdAt: number;
  channelId: string;
  user: APIUser;
  /** For component interactions (and modals opened from one): the message the component is on. */
  componentMessageId: string | null;
  callbacks: CallbackRecord[];
  /** `@original`: the message the response created (4/5) or targets (6/7). */
  originalMessageId: string | null;
  /** True once `@original` holds its final content (4/7 at once; 5/6 after the first edit). */
  settled: boolean;
  followUpIds: string[];
}

const ALLOWED: Record<number, R[]> = {
  [InteractionType.ApplicationCommand]: [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.Modal, R.LaunchActivity],
  [InteractionType.MessageComponent]: [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.DeferredMessageUpdate, R.UpdateMessage, R.Modal],
  [InteractionType.ApplicationCommandAutocomplete]: [R.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.DeferredMessageUpdate, R.UpdateMessage],
};

/** Interaction lifecycle: initial callback rules, `@original`, follow-ups, token expiry. */
export class InteractionService {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly state: EmulatorState,
    private readonly messages: MessageStore,
    private readonly deadlineMs: number,
    private readonly tokenTtlMs: number,
  ) {}

  register(payload: APIInteraction, user: APIUser, componentMessageId: string | null): InteractionRecord {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      createdAt: Date.now(),
      channelId: payload.channel?.id ?? '',
      user,
      componentMessageId,
      callbacks: [],
      originalMessageId: null,
      settled: false,
      followUpIds: [],
    };
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
    return record;
  }

  forgetBefore(cutoff: number): void {
    for (const [id, record] of this.byId) {
      if (record.createdAt >= cutoff) continue;
      this.byId.delete(id);
      this.byToken.delete(record.token);
    }
  }

  /** `POST /interactions/:id/:token/callback`. Returns the response body (or null for 204). */
  callback(id: string, token: string, body: unknown, files: RecordedFile[], withResponse: boolean): Obj | null {
    const record = this.byId.get(id);
    if (!record || record.token !== token) throw unknownInteraction();
    if (record.callbacks.length > 0) throw alreadyAcknowledged();
    if (Date.now() - record.createdAt > this.deadlineMs) throw unknownInteraction();
    const { type, data } = (body ?? {}) as { type?: number; data?: unknown };
    const allowed = ALLOWED[record.type] ?? [];
    if (typeof type !== 'number' || !allowed.includes(type)) {
      const errors = new FormErrors();
      errors.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Interaction response type ${String(type)} is not valid for interaction type ${record.type}`);
      errors.throwIfAny();
    }
    const payload = (data ?? {}) as Obj;
    let message: APIMessage | null = null;
    switch (type) {
      case R.ChannelMessageWithSource:
        message = this.messages.create(this.origin(record, false), payload, files);
        record.originalMessageId = message.id;
        record.settled = true;
        break;
      case R.DeferredChannelMessageWithSource:
        message = this.messages.create(this.origin(record, true), { flags: payload.flags }, []);
        record.originalMessageId = message.id;
        break;
      case R.DeferredMessageUpdate:
        record.originalMessageId = this.requireComponentMessage(record);
        break;
      case R.UpdateMessage:
        record.originalMessageId = this.requireComponentMessage(record);
        message = this.messages.edit(record.originalMessageId, payload, files);
        record.settled = true;
        break;
      case R.ApplicationCommandAutocompleteResult:
        validateChoices(payload);
        record.settled = true;
        break;
      case R.Modal:
        validateModal(payload);
        record.settled = true;
        break;
      default:
        record.settled = true;
    }
    record.callbacks.push({ type: type as R, data: data ?? null, files, withResponse, at: Date.now() });
    this.state.notify();
    if (!withResponse) return null;
    const current = record.originalMessageId ? this.messages.get(record.originalMessageId) : undefined;
    return {
      interaction: {
        id: record.id,
        type: record.type,
        ...(current
          ? {
              response_message_id: current.id,
              response_message_loading: ((current.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: ((current.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message && (type === R.ChannelMessageWithSource || type === R.UpdateMessage) ? { message } : {}) },
    };
  }

  /** The interaction behind `/webhooks/:app/:token`, enforcing the 15-minute token lifetime. */
  forWebhook(applicationId: string, token: string): InteractionRecord {
    const record = this.byToken.get(token);
    if (!record || applicationId !== this.state.applicationId) throw unknownWebhook();
    const age = Date.now() - record.createdAt;
    // Unanswered after the 3 s deadline, the token is invalidated; otherwise it lives 15 minutes.
    if (age > this.tokenTtlMs || (record.callbacks.length === 0 && age > this.deadlineMs)) throw invalidWebhookToken();
    return record;
  }

  /** Resolves `@original` or a follow-up id of this interaction to a stored message id. */
  messageId(record: InteractionRecord, messageId: string): string {
    if (messageId === '@original') {
      if (!record.originalMessageId || !this.messages.get(record.originalMessageId)) throw unknownMessage();
      return record.originalMessageId;
    }
    if (messageId !== record.originalMessageId && !record.followUpIds.includes(messageId)) throw unknownMessage();
    this.messages.require(messageId);
    return messageId;
  }

  editMessage(record: InteractionRecord, messageId: string, body: Obj, files: RecordedFile[]): APIMessage {
    const id = this.messageId(record, messageId);
    const edited = this.messages.edit(id, body, files);
    if (id === record.originalMessageId) record.settled = true;
    this.state.notify();
    return edited;
  }

  deleteMessage(record: InteractionRecord, messageId: string): void {
    this.messages.delete(this.messageId(record, messageId));
  }

  /** `POST /webhooks/:app/:token`: a follow-up, or (the first after a deferred reply) the reply itself. */
  followUp(record: InteractionRecord, body: Obj, files: RecordedFile[]): APIMessage {
    if (record.callbacks.length === 0) throw unknownWebhook();
    const original = record.originalMessageId ? this.messages.get(record.originalMessageId) : undefined;
    if (original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0) {
      return this.editMessage(record, original.id, body, files);
    }
    const message = this.messages.create({ ...this.origin(record, false), type: MessageType.Default }, body, files);
    record.followUpIds.push(message.id);
    this.state.notify();
    return message;
  }

  private requireComponentMessage(record: InteractionRecord): string {
    if (!record.componentMessageId) {
      throw new ApiError(400, 40060, 'This interaction has no message to update');
    }
    if (!this.messages.get(record.componentMessageId)) throw unknownMessage();
    return record.componentMessageId;
  }

  private origin(record: InteractionRecord, loading: boolean): Parameters<MessageStore['create']>[0] {
    const payload = record.payload as unknown as { data?: { name?: string; type?: number }; authorizing_integration_owners: Obj };
    const isCommand = record.type === InteractionType.ApplicationCommand;
    const metadata = {
      id: record.id,
      type: record.type,
      user: record.user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(isCommand ? { name: payload.data?.name, command_type: payload.data?.type } : {}),
      ...(record.componentMessageId ? { interacted_message_id: record.componentMessageId } : {}),
      ...(record.originalMessageId ? { original_response_message_id: record.originalMessageId } : {}),
    } as APIMessageInteractionMetadata;
    return {
      channelId: record.channelId,
      type: isCommand ? MessageType.ChatInputCommand : MessageType.Default,
      webhookId: this.state.applicationId,
      interactionMetadata: metadata,
      loading,
      allowEphemeral: true,
    };
  }
}

function validateChoices(data: Obj): void {
  const errors = new FormErrors();
  const choices = data.choices;
  if (!Array.isArray(choices)) errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
  else {
    if (choices.length > 25) errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    choices.forEach((choice: unknown, i) => {
      const c = (choice ?? {}) as Obj;
      const name = typeof c.name === 'string' ? [...c.name].length : 0;
      if (name < 1 || name > 100) errors.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      if (c.value === undefined || c.value === null) errors.add(['data', 'choices', i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (typeof c.value === 'string' && [...c.value].length > 100)
        errors.add(['data', 'choices', i, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    });
  }
  errors.throwIfAny();
}

function validateModal(data: Obj): void {
  const errors = new FormErrors();
  const customId = typeof data.custom_id === 'string' ? data.custom_id : '';
  if (customId.length < 1 || customId.length > 100) errors.add(['data', 'custom_id'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  const title = typeof data.title === 'string' ? [...data.title].length : 0;
  if (title < 1 || title > 45) errors.add(['data', 'title'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  const components = Array.isArray(data.components) ? data.components : [];
  if (components.length < 1 || components.length > 5) errors.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  errors.throwIfAny();
}
