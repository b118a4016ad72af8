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

/** One text of an embed that counts toward the 6,000 characters, and how to shorten it. */
interface Slot {
  length: number;
  shorten(max: number): number;
}

function slotsOf(embed: APIEmbed): Slot[] {
  const slots: Slot[] = [];
  const add = (get: () => string | undefined, set: (text: string) => void, floor: number) => {
    const text = get();
    if (text === undefined) return;
    slots.push({
      length: text.length,
      shorten(max) {
        const next = clip(get() ?? '', Math.max(floor, max));
        set(next);
        this.length = next.length;
        return next.length;
      },
    });
  };
  add(
    () => embed.title,
    (text) => {
      embed.title = text;
    },
    1,
  );
  add(
    () => embed.description,
    (text) => {
      embed.description = text;
    },
    1,
  );
  if (embed.footer)
    add(
      () => embed.footer?.text,
      (text) => {
        embed.footer = { ...embed.footer, text };
      },
      1,
    );
  if (embed.author)
    add(
      () => embed.author?.name,
      (text) => {
        embed.author = { ...embed.author, name: text };
      },
      1,
    );
  (embed.fields ?? []).forEach((_, i) => {
    const fields = embed.fields!;
    add(
      () => fields[i]!.name,
      (text) => {
        fields[i] = { ...fields[i]!, name: text };
      },
      1,
    );
    add(
      () => fields[i]!.value,
      (text) => {
        fields[i] = { ...fields[i]!, value: text };
      },
      1,
    );
  });
  return slots;
}

/**
 * Discord counts 6,000 characters over all embeds of a message: the longest texts give way first,
 * each cut to one common cap (short titles and names stay whole), and every part keeps its beginning.
 */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const slots = embeds.flatMap(slotsOf);
  const total = (cap: number) => slots.reduce((sum, slot) => sum + Math.min(slot.length, cap), 0);
  if (total(Number.POSITIVE_INFINITY) <= LIMITS.embedTotal) return embeds;
  let low = 1;
  let high = Math.max(...slots.map((slot) => slot.length));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (total(mid) <= LIMITS.embedTotal) low = mid;
    else high = mid - 1;
  }
  for (const slot of slots) if (slot.length > low) slot.shorten(low);
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
