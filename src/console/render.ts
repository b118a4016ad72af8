import { ButtonStyle, ComponentType, type APIEmbed } from 'discord-api-types/v10';
import { fitMessage } from '../core/fit.js';
import type { Locale } from '../core/locale.js';
import type { MessagePayload, Reply } from '../core/reply.js';
import type { ClickableComponent } from '../core/requests.js';

/** Something the person can pick by number: a button, or one option of a select menu. */
export interface ConsoleChoice {
  customId: string;
  componentType: ClickableComponent;
  values: string[];
  /** Every custom_id on the message the choice is on, as Discord would send them with a click. */
  messageCustomIds: string[];
}

export interface Rendered {
  text: string;
  choices: ConsoleChoice[];
}

const labels = {
  ko: { ephemeral: '(나에게만 보이는 메시지)', image: '그림', file: '첨부 파일', disabled: '사용 불가', current: '현재', link: '링크' },
  en: { ephemeral: '(only you can see this)', image: 'Image', file: 'Attachment', disabled: 'disabled', current: 'current', link: 'link' },
} as const;

function renderEmbed(embed: APIEmbed, locale: Locale): string[] {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(`[${embed.author.name}]`);
  if (embed.title) lines.push(`## ${embed.title}`);
  if (embed.description) lines.push(embed.description);
  for (const field of embed.fields ?? []) lines.push(`■ ${field.name}`, field.value);
  if (embed.image?.url) lines.push(`🖼 ${labels[locale].image}: ${embed.image.url}`);
  if (embed.thumbnail?.url) lines.push(`🖼 ${embed.thumbnail.url}`);
  if (embed.footer?.text) lines.push(`— ${embed.footer.text}`);
  return lines;
}

/** Shows a message as the channel would: embeds as text, components as numbered choices. */
export function renderMessage(payload: MessagePayload, locale: Locale, ephemeral = false): Rendered {
  // The console shows what Discord would: the same fitted message.
  const message = fitMessage(payload);
  const lines: string[] = [];
  const choices: ConsoleChoice[] = [];
  const l = labels[locale];
  const ids = (message.components ?? []).flatMap((row) => row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])));
  if (ephemeral) lines.push(l.ephemeral);
  if (message.content) lines.push(message.content);
  for (const embed of message.embeds ?? []) {
    if (lines.length > 0) lines.push('');
    lines.push(...renderEmbed(embed, locale));
  }
  for (const file of message.files ?? []) lines.push(`📎 ${l.file}: ${file.name} (${file.data.length} B)`);

  for (const row of message.components ?? []) {
    const buttons: string[] = [];
    for (const component of row.components) {
      if (component.type === ComponentType.Button) {
        if (component.style === ButtonStyle.Link) {
          buttons.push(`[${l.link}] ${component.label ?? ''} ${component.url}`);
        } else if (component.style === ButtonStyle.Premium) {
        } else if (component.disabled) {
          buttons.push(`[-] ${component.label ?? ''} (${l.disabled})`);
        } else {
          choices.push({ customId: component.custom_id, componentType: ComponentType.Button, values: [], messageCustomIds: ids });
          buttons.push(`[${choices.length}] ${component.label ?? ''}`);
        }
      } else if (component.type === ComponentType.StringSelect) {
        lines.push('', component.placeholder ?? '');
        for (const option of component.options) {
          choices.push({ customId: component.custom_id, componentType: ComponentType.StringSelect, values: [option.value], messageCustomIds: ids });
          lines.push(`  [${choices.length}] ${option.label}${option.default ? ` (${l.current})` : ''}`);
        }
      }
    }
    if (buttons.length > 0) lines.push('', buttons.join('   '));
  }
  return { text: lines.join('\n'), choices };
}

export function renderReply(reply: Reply, locale: Locale): Rendered {
  if (reply.type === 'modal') return { text: `📝 ${reply.modal.title}`, choices: [] };
  return renderMessage(reply.message, locale, reply.type === 'message' && reply.ephemeral);
}
