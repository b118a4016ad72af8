import { ComponentType } from 'discord-api-types/v10';
import { embedLength } from '../../src/core/fit.js';
import { LIMITS } from '../../src/core/limits.js';
import type { MessagePayload } from '../../src/core/reply.js';

// The limits the bot fits its payloads to; the emulator (test/emulator/validate.ts) and Discord's
// OpenAPI schema check them independently in the end-to-end tests.
export { LIMITS };

/** Every way the payload breaks a Discord limit, as readable lines (empty when it fits). */
export function limitProblems(message: MessagePayload, where: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${where}: ${what}`);
  };
  check((message.content?.length ?? 0) <= LIMITS.content, 'content too long');
  const embeds = message.embeds ?? [];
  check(embeds.length <= LIMITS.embeds, `${embeds.length} embeds`);
  check(embeds.reduce((sum, embed) => sum + embedLength(embed), 0) <= LIMITS.embedTotal, 'embeds over 6000 characters in all');
  for (const embed of embeds) {
    check((embed.title?.length ?? 0) <= LIMITS.embedTitle, `title ${embed.title?.length}`);
    check((embed.description?.length ?? 0) <= LIMITS.embedDescription, `description ${embed.description?.length}`);
    check((embed.fields?.length ?? 0) <= LIMITS.fields, 'too many fields');
    check((embed.footer?.text.length ?? 0) <= LIMITS.footer, 'footer too long');
    check((embed.author?.name.length ?? 0) <= LIMITS.author, 'author too long');
    for (const field of embed.fields ?? []) {
      check(field.name.length > 0 && field.name.length <= LIMITS.fieldName, `field name ${field.name.length}`);
      check(field.value.length > 0 && field.value.length <= LIMITS.fieldValue, `field value ${field.value.length}`);
    }
    if (embed.image) check(/^(https:\/\/\S+|attachment:\/\/[\w.-]+)$/.test(embed.image.url), `image url ${embed.image.url}`);
  }
  const rows = message.components ?? [];
  check(rows.length <= LIMITS.rows, `${rows.length} rows`);
  const ids = new Set<string>();
  for (const row of rows) {
    check(row.components.length <= LIMITS.buttonsPerRow, 'too many components in a row');
    for (const component of row.components) {
      if ('custom_id' in component) {
        check(component.custom_id.length <= LIMITS.customId, `custom_id ${component.custom_id}`);
        check(!ids.has(component.custom_id), `duplicate custom_id ${component.custom_id}`);
        ids.add(component.custom_id);
      }
      if (component.type === ComponentType.Button && 'label' in component) {
        check((component.label?.length ?? 0) <= LIMITS.buttonLabel, `button label ${component.label}`);
      }
      if (component.type === ComponentType.StringSelect) {
        check(component.options.length <= LIMITS.selectOptions, 'too many select options');
        check(row.components.length === 1, 'a select must be alone in its row');
        for (const option of component.options) {
          check(option.label.length <= LIMITS.selectLabel && option.value.length <= 100, `select option ${option.label}`);
        }
      }
    }
  }
  return problems;
}
