import { InteractionResponseType, type APIInteraction, type APIMessage } from 'discord-api-types/v10';
import type { InteractionRecord } from './interactions.js';
import type { MessageStore } from './messages.js';
import type { EmulatorState } from './state.js';
import type { CallbackRecord } from './types.js';

/** What a test holds after dispatching an interaction: await the bot's response and the resulting message. */
export class InteractionHandle {
  constructor(
    private readonly record: InteractionRecord,
    private readonly state: EmulatorState,
    private readonly store: MessageStore,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get token(): string {
    return this.record.token;
  }

  /** The exact payload dispatched as INTERACTION_CREATE. */
  get payload(): APIInteraction {
    return this.record.payload;
  }

  /** Every accepted callback (normally 0 or 1). */
  get callbacks(): readonly CallbackRecord[] {
    return this.record.callbacks;
  }

  get acknowledged(): boolean {
    return this.record.callbacks.length > 0;
  }

  /** Follow-up messages (current state; deleted ones are left out). */
  get followUps(): APIMessage[] {
    return this.record.followUpIds.flatMap((id) => {
      const message = this.store.get(id);
      return message ? [structuredClone(message)] : [];
    });
  }

  /** The first callback `{ type, data, files }`; rejects if the bot does not answer in time. */
  response(timeoutMs?: number): Promise<CallbackRecord> {
    return this.state.waitFor(`the bot's callback to interaction ${this.describe()}`, () => this.record.callbacks[0], timeoutMs);
  }

  /**
   * The message the interaction produced or updated, once final: the reply (type 4), the deferred reply
   * after its edit (5), or the component's message after the update (7) or the edit following a deferred update (6).
   */
  async message(timeoutMs?: number): Promise<APIMessage> {
    const started = Date.now();
    const first = await this.response(timeoutMs);
    if (first.type === InteractionResponseType.ApplicationCommandAutocompleteResult || first.type === InteractionResponseType.Modal) {
      throw new Error(`DiscordEmulator: interaction ${this.describe()} was answered with ${InteractionResponseType[first.type]}, which produces no message`);
    }
    const remaining = timeoutMs === undefined ? undefined : Math.max(0, timeoutMs - (Date.now() - started));
    return this.state.waitFor(
      `the message of interaction ${this.describe()} to be final (answered with ${InteractionResponseType[first.type]}; waiting for the edit of @original)`,
      () => {
        if (!this.record.originalMessageId) return undefined;
        const message = this.store.get(this.record.originalMessageId);
        if (!message) throw new Error(`DiscordEmulator: the message of interaction ${this.describe()} was deleted`);
        // After a deferred update the bot may also edit the component's message through the channel endpoint.
        const editedSince = message.edited_timestamp !== null && Date.parse(message.edited_timestamp) >= first.at;
        if (!this.record.settled && !(first.type === InteractionResponseType.DeferredMessageUpdate && editedSince)) return undefined;
        return structuredClone(message);
      },
      remaining,
    );
  }

  /** Waits for the `index`-th follow-up message. */
  followUp(index = 0, timeoutMs?: number): Promise<APIMessage> {
    return this.state.waitFor(
      `follow-up #${index} of interaction ${this.describe()}`,
      () => {
        const id = this.record.followUpIds[index];
        const message = id ? this.store.get(id) : undefined;
        return message ? structuredClone(message) : undefined;
      },
      timeoutMs,
    );
  }

  private describe(): string {
    const data = (this.record.payload as { data?: { name?: string; custom_id?: string } }).data;
    return `${this.record.id} (${data?.name ? `/${data.name}` : `custom_id ${data?.custom_id ?? '?'}`})`;
  }
}
