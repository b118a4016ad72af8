import { ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed } from 'discord-api-types/v10';
import { LIMITS } from './limits.js';
import type { MessagePayload } from './reply.js';
import { clip } from './text.js';

/** An embed field's name and value must not be empty. */
const NOT_EMPTY = '\u200b';
const nonEmpty = (text: string, max: number) => clip(text.trim() === '' ? NOT_EMPTY : text, max);

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields
      .slice(0, LIMITS.fields)
      .map((field) => ({ ...field, name: nonEmpty(field.name, LIMITS.fieldName), value: nonEmpty(field.value, LIMITS.fieldValue) }));
  }
  return out;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * Discord counts 6,000 characters over all embeds of a message: shorten the longest texts
 * (descriptions, then field values) until they fit, so every part keeps its beginning.
 */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let excess = embeds.reduce((sum, embed) => sum + embedLength(embed), 0) - LIMITS.embedTotal;
  while (excess > 0) {
    let best: { embed: APIEmbed; field?: number; length: number } | undefined;
    for (const embed of embeds) {
      const length = embed.description?.length ?? 0;
      if (!best || length > best.length) best = { embed, length };
      (embed.fields ?? []).forEach((field, index) => {
        if (field.value.length > (best?.length ?? 0)) best = { embed, field: index, length: field.value.length };
      });
    }
    if (!best || best.length <= 1) break;
    const target = Math.max(1, best.length - excess);
    if (best.field === undefined) {
      const before = best.embed.description ?? '';
      best.embed.description = clip(before, target);
      excess -= before.length - best.embed.description.length;
    } else {
      const field = best.embed.fields![best.field]!;
      const value = clip(field.value, target);
      excess -= field.value.length - value.length;
      best.embed.fields![best.field] = { ...field, value };
    }
  }
  return embeds;
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function fitRow(row: Row): Row {
  const components = row.components.slice(0, LIMITS.buttonsPerRow).map((component) => {
    if (component.type === ComponentType.Button && 'label' in component && component.label !== undefined) {
      return { ...component, label: clip(component.label, LIMITS.buttonLabel) };
    }
    if (component.type === ComponentType.StringSelect) {
      return {
        ...component,
        ...(component.placeholder !== undefined ? { placeholder: clip(component.placeholder, LIMITS.placeholder) } : {}),
        options: component.options.slice(0, LIMITS.selectOptions).map((option) => ({
          ...option,
          label: clip(option.label, LIMITS.selectLabel),
          ...(option.description !== undefined ? { description: clip(option.description, LIMITS.selectDescription) } : {}),
        })),
        ...(component.max_values !== undefined ? { max_values: Math.min(component.max_values, component.options.length, LIMITS.selectOptions) } : {}),
      };
    }
    return component;
  });
  for (const component of components) {
    if ('custom_id' in component && component.custom_id.length > LIMITS.customId) {
      // Routes check this when they encode; reaching here is a bug, not member input.
      throw new Error(`custom_id longer than ${LIMITS.customId}: ${component.custom_id}`);
    }
  }
  return { ...row, components } as Row;
}

/**
 * The one gate every outgoing message passes (replies, edits, follow-ups, daily posts, recaps):
 * it fits the payload to Discord's limits, shortening text at grapheme boundaries with an
 * ellipsis rather than letting Discord reject the whole message.
 */
export function fitMessage(message: MessagePayload): MessagePayload {
  const out: MessagePayload = { ...message };
  if (out.content !== undefined) out.content = clip(out.content, LIMITS.content);
  if (out.embeds) out.embeds = fitTotal(out.embeds.slice(0, LIMITS.embeds).map(fitEmbed));
  if (out.components) out.components = out.components.slice(0, LIMITS.rows).map(fitRow);
  return out;
}
