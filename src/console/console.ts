import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ComponentType, PermissionFlagsBits, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import type { Router, RouterDeps } from '../app/router.js';
import type { Locale } from '../core/locale.js';
import type { Reply } from '../core/reply.js';
import type { Actor } from '../core/requests.js';
import { describeUserError, t } from '../i18n/index.js';
import { UserError } from '../core/userError.js';
import { parseArguments, tokenize } from './parse.js';
import type { ConsolePoster } from './poster.js';
import { renderReply, type ConsoleChoice } from './render.js';

/** The console plays one member in one guild, with fixed snowflake-shaped ids. */
export const CONSOLE_GUILD_ID = '100000000000000000';
export const CONSOLE_CHANNEL_ID = '100000000000000001';
export const CONSOLE_USER_ID = '100000000000000002';

/** The person at the console owns its guild: every permission. */
const OWNER = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

interface FormInput {
  id: string;
  label: string;
  required: boolean;
  paragraph: boolean;
}

/** The text inputs of a modal, in order. */
function formInputs(modal: APIModalInteractionResponseCallbackData): FormInput[] {
  return modal.components.flatMap((row) =>
    'components' in row
      ? row.components
          .filter((c) => c.type === ComponentType.TextInput)
          .map((c) => ({ id: c.custom_id, label: c.label ?? c.custom_id, required: c.required !== false, paragraph: c.style === TextInputStyle.Paragraph }))
      : [],
  );
}

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  router: Router<RouterDeps>;
  log: Logger;
  locale: Locale;
  /** Print a prompt before each line (for a person at a terminal, not for piped input). */
  prompt: boolean;
  /** Where attachments (image cards, exports) are saved so the person can open them. */
  filesDir: string;
  /** The daily poster printing here, whose buttons the person can pick too. */
  poster?: ConsolePoster;
}

/**
 * Runs commands line by line, in order, through the same router as Discord,
 * and resolves when the input ends or the person types `exit`.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { router, locale, output } = options;
  const actor: Actor = {
    userId: CONSOLE_USER_ID,
    guildId: CONSOLE_GUILD_ID,
    channelId: CONSOLE_CHANNEL_ID,
    locale,
    displayName: 'console',
    permissions: OWNER,
  };
  const lines = createInterface({ input: options.input, terminal: false });
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  // Numbers pick from the last message that had buttons (a reply, or a daily post printed here).
  let choices: ConsoleChoice[] = [];
  const offer = (next: ConsoleChoice[]) => {
    if (next.length > 0) choices = next;
  };
  if (options.poster) options.poster.onChoices = offer;

  // A form (modal) the bot opened: its fields are asked one line each, then submitted.
  let form: { customId: string; inputs: FormInput[]; values: Record<string, string> } | undefined;
  const ask = () => {
    const input = form!.inputs[Object.keys(form!.values).length]!;
    const hints = [input.required ? '' : t(locale, 'console.formOptional'), input.paragraph ? t(locale, 'console.formLines') : ''].filter(Boolean);
    write(`✏️ ${input.label}${hints.length ? ` (${hints.join('; ')})` : ''}`);
  };

  const show = (reply: Reply) => {
    if (reply.type === 'modal') {
      form = { customId: reply.modal.custom_id, inputs: formInputs(reply.modal), values: {} };
      write(`📝 ${reply.modal.title} — ${t(locale, 'console.formIntro')}`);
      return ask();
    }
    const rendered = renderReply(reply, locale);
    offer(rendered.choices);
    write(rendered.text);
    for (const file of reply.message.files ?? []) {
      mkdirSync(options.filesDir, { recursive: true });
      const path = join(options.filesDir, basename(file.name));
      writeFileSync(path, file.data);
      write(`💾 ${t(locale, 'console.saved', { path })}`);
    }
    write('');
  };

  const fill = async (line: string): Promise<void> => {
    const current = form!;
    if (line === 'cancel') {
      form = undefined;
      return write(t(locale, 'console.formCancelled'));
    }
    const input = current.inputs[Object.keys(current.values).length]!;
    if (input.required && line === '') return ask();
    current.values[input.id] = input.paragraph ? line.replace(/\\n/g, '\n') : line;
    if (Object.keys(current.values).length < current.inputs.length) return ask();
    form = undefined;
    show(await router.modal({ ...actor, customId: current.customId, fields: current.values }));
  };

  const handle = async (line: string): Promise<void> => {
    if (form) return fill(line);
    if (/^\d+$/.test(line)) {
      const choice = choices[Number(line) - 1];
      if (!choice) return write(t(locale, 'console.noSuchChoice', { number: line }));
      return show(await router.component({ ...actor, ...choice }));
    }
    if (!line.startsWith('/')) return write(t(locale, 'console.notACommand'));
    const [name = '', ...words] = tokenize(line.slice(1));
    const command = router.find(name);
    if (!command) return show(await router.command({ ...actor, command: name, options: {} }));
    const parsed = parseArguments(command.data, words, command.defaultSubcommand);
    if (!parsed.ok) return write(`⚠️ ${describeUserError(locale, new UserError(parsed.problem.key, parsed.problem.vars))}`);
    show(await router.command({ ...actor, command: command.data.name, ...parsed.value }));
  };

  if (options.prompt) output.write('> ');
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line !== '' || form) {
      try {
        await handle(line);
      } catch (error) {
        options.log.error({ err: error, line }, 'console command failed');
        write(`⚠️ ${t(locale, 'console.failed', { message: error instanceof Error ? error.message : String(error) })}`);
      }
    }
    if (options.prompt) output.write('> ');
  }
  lines.close();
}
