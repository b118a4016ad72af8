import type { MessagePayload } from '../../src/core/reply.js';
import { PostError } from '../../src/core/failure.js';
import type { ChannelPoster, Notifier } from '../../src/core/poster.js';

export interface Sent {
  id: string;
  channelId: string;
  message: MessagePayload;
  nonce: string | undefined;
}

/** A poster that records what would reach Discord, with failures a test can queue. */
export class FakePoster implements ChannelPoster, Notifier {
  readonly sent: Sent[] = [];
  readonly edits: { channelId: string; messageId: string; message: MessagePayload }[] = [];
  private readonly failures: PostError[] = [];
  private next = 1;
  held = (_guildId: string) => true;
  missing: string[] | null = [];

  failNext(status: number, code: number, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(new PostError(`HTTP ${status}`, status, code));
  }

  holdsGuild(guildId: string): boolean {
    return this.held(guildId);
  }

  async send(channelId: string, message: MessagePayload, nonce?: string): Promise<string> {
    await Promise.resolve();
    const failure = this.failures.shift();
    if (failure) throw failure;
    // Like Discord with enforce_nonce: the same nonce returns the first message.
    const same = nonce ? this.sent.find((s) => s.nonce === nonce) : undefined;
    if (same) return same.id;
    const id = String(this.next++);
    this.sent.push({ id, channelId, message, nonce });
    return id;
  }

  private readonly editFailures: PostError[] = [];

  failNextEdit(status: number, code: number): void {
    this.editFailures.push(new PostError(`HTTP ${status}`, status, code));
  }

  async edit(channelId: string, messageId: string, message: MessagePayload): Promise<void> {
    await Promise.resolve();
    const failure = this.editFailures.shift();
    if (failure) throw failure;
    this.edits.push({ channelId, messageId, message });
  }

  readonly dms: { userId: string; message: MessagePayload }[] = [];

  async dm(userId: string, message: MessagePayload): Promise<boolean> {
    this.dms.push({ userId, message });
    return true;
  }

  shardOf(): { shard: number; of: number } | null {
    return null;
  }

  missingPermissions(): string[] | null {
    return this.missing;
  }
}
