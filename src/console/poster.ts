import type { MessagePayload } from '../commands/types.js';
import type { ChannelPoster } from '../daily/poster.js';
import type { Locale } from '../content/types.js';
import { renderMessage } from './render.js';

/** In the console, the daily post is printed where the person can read it. */
export class ConsolePoster implements ChannelPoster {
  private next = 1;

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly locale: Locale,
  ) {}

  holdsGuild(): boolean {
    return true;
  }

  async send(channelId: string, message: MessagePayload): Promise<string> {
    const id = String(this.next++);
    this.output.write(`\n[#${channelId} · message ${id}]\n${renderMessage(message, this.locale).text}\n\n`);
    return id;
  }

  async edit(channelId: string, messageId: string, message: MessagePayload): Promise<void> {
    this.output.write(`\n[#${channelId} · message ${messageId} edited]\n${renderMessage(message, this.locale).text}\n\n`);
  }

  missingPermissions(): string[] {
    return [];
  }
}
