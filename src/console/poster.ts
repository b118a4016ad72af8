import type { Locale } from '../core/locale.js';
import type { ChannelPoster, Notifier } from '../core/poster.js';
import type { MessagePayload } from '../core/reply.js';
import { renderMessage, type ConsoleChoice } from './render.js';

/** In the console, the daily post is printed where the person can read it. */
export class ConsolePoster implements ChannelPoster, Notifier {
  private next = 1;
  /** Set by the console so the person can answer a daily quiz by its numbers. */
  onChoices: (choices: ConsoleChoice[]) => void = () => {};

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly locale: Locale,
  ) {}

  holdsGuild(): boolean {
    return true;
  }

  async send(channelId: string, message: MessagePayload): Promise<string> {
    const id = String(this.next++);
    const rendered = renderMessage(message, this.locale);
    this.output.write(`\n[#${channelId} · message ${id}]\n${rendered.text}\n\n`);
    this.onChoices(rendered.choices);
    return id;
  }

  async edit(channelId: string, messageId: string, message: MessagePayload): Promise<void> {
    this.output.write(`\n[#${channelId} · message ${messageId} edited]\n${renderMessage(message, this.locale).text}\n\n`);
  }

  async dm(userId: string, message: MessagePayload): Promise<boolean> {
    this.output.write(`\n[DM to <@${userId}>]\n${renderMessage(message, this.locale).text}\n\n`);
    return true;
  }

  missingPermissions(): string[] {
    return [];
  }

  shardOf(): null {
    return null;
  }
}
