import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { FormErrors } from './errors.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function maxLen(errors: FormErrors, path: Path, value: unknown, max: number): void {
  if (typeof value === 'string' && [...value].length > max) {
    errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
}

function bounded(errors: FormErrors, path: Path, value: unknown, min: number, max: number): void {
  const len = typeof value === 'string' ? [...value].length : 0;
  if (len < min || len > max) errors.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
}

/** Checks message content/embeds/components against Discord's documented limits. */
export function validateMessageBody(body: Obj, errors: FormErrors): void {
  maxLen(errors, ['content'], body.content, 2000);
  validateEmbeds(body.embeds, errors);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  validateComponents(body.components, (flags & MessageFlags.IsComponentsV2) !== 0, errors);
}

function validateEmbeds(embeds: unknown, errors: FormErrors): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) return errors.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (embeds.length > 10) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    if (!isObj(embed)) {
      errors.add(['embeds', i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const count = (path: Path, value: unknown, max: number): void => {
      maxLen(errors, ['embeds', i, ...path], value, max);
      total += [...str(value)].length;
    };
    count(['title'], embed.title, 256);
    count(['description'], embed.description, 4096);
    if (isObj(embed.footer)) count(['footer', 'text'], embed.footer.text, 2048);
    if (isObj(embed.author)) count(['author', 'name'], embed.author.name, 256);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) errors.add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    fields.forEach((field: unknown, j) => {
      if (!isObj(field)) return;
      if (!str(field.name)) errors.add(['embeds', i, 'fields', j, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (!str(field.value)) errors.add(['embeds', i, 'fields', j, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
      count(['fields', j, 'name'], field.name, 256);
      count(['fields', j, 'value'], field.value, 1024);
    });
  });
  if (total > 6000) errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

const SELECTS = new Set<number>([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

function validateComponents(components: unknown, v2: boolean, errors: FormErrors): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) return errors.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (!v2 && components.length > 5) errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const seen = new Set<string>();
  const visit = (c: unknown, path: Path): void => {
    if (!isObj(c)) return errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    if (typeof c.custom_id === 'string') {
      maxLen(errors, [...path, 'custom_id'], c.custom_id, 100);
      if (seen.has(c.custom_id)) errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
      seen.add(c.custom_id);
    }
    if (c.type === ComponentType.ActionRow) {
      const children = Array.isArray(c.components) ? c.components : [];
      if (children.length < 1 || children.length > 5) {
        errors.add([...path, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
      }
      if (children.some((child: unknown) => isObj(child) && SELECTS.has(Number(child.type))) && children.length > 1) {
        errors.add([...path, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
      }
    } else if (c.type === ComponentType.Button) {
      const style = Number(c.style);
      if (style === 5 && !str(c.url)) errors.add([...path, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (style >= 1 && style <= 4 && !str(c.custom_id)) errors.add([...path, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
      maxLen(errors, [...path, 'label'], c.label, 80);
    } else if (c.type === ComponentType.StringSelect) {
      const options = Array.isArray(c.options) ? c.options : [];
      if (options.length < 1 || options.length > 25) errors.add([...path, 'options'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
      maxLen(errors, [...path, 'placeholder'], c.placeholder, 150);
    } else if (!v2 && path.length === 2) {
      errors.add([...path, 'type'], 'UNION_TYPE_CHOICES', `Value of field "type" must be one of (1,).`);
    }
    for (const key of ['components', 'accessory', 'component'] as const) {
      const nested = c[key];
      if (Array.isArray(nested)) {
        nested.forEach((child: unknown, i) => {
          visit(child, [...path, key, i]);
        });
      } else if (isObj(nested)) visit(nested, [...path, key]);
    }
  };
  components.forEach((c: unknown, i) => {
    visit(c, ['components', i]);
  });
}

/** True if a message body (after applying files/kept attachments) would show nothing. */
export function isEmptyMessage(body: Obj, attachmentCount: number): boolean {
  const has = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  return !str(body.content).trim() && !has(body.embeds) && !has(body.components) && !has(body.sticker_ids) && !body.poll && attachmentCount === 0;
}

const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateName(errors: FormErrors, path: Path, name: unknown, chatInput: boolean): void {
  if (typeof name !== 'string') return errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  if (chatInput) {
    if (!CHAT_NAME.test(name) || name !== name.toLowerCase()) {
      errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
  } else {
    bounded(errors, path, name, 1, 32);
  }
}

function validateLocalizations(path: Path, map: unknown, check: (p: Path, v: unknown) => void): void {
  if (!isObj(map)) return;
  for (const [locale, value] of Object.entries(map)) check([...path, locale], value);
}

function validateOptions(errors: FormErrors, path: Path, options: unknown): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) return errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option: unknown, i) => {
    const p = [...path, i];
    if (!isObj(option)) {
      errors.add(p, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    validateName(errors, [...p, 'name'], option.name, true);
    validateLocalizations([...p, 'name_localizations'], option.name_localizations, (lp, v) => validateName(errors, lp, v, true));
    bounded(errors, [...p, 'description'], option.description, 1, 100);
    validateLocalizations([...p, 'description_localizations'], option.description_localizations, (lp, v) => bounded(errors, lp, v, 1, 100));
    if (typeof option.name === 'string') {
      if (names.has(option.name)) errors.add([...p, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(option.name);
    }
    const type = Number(option.type);
    if (!Object.values(ApplicationCommandOptionType).includes(type)) {
      errors.add([...p, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of the option types.');
    }
    const isSub = type === ApplicationCommandOptionType.Subcommand || type === ApplicationCommandOptionType.SubcommandGroup;
    if (isSub) {
      validateOptions(errors, [...p, 'options'], option.options);
      return;
    }
    if (option.required === true && sawOptional) {
      errors.add([...p, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
    const choices = option.choices;
    if (Array.isArray(choices)) {
      if (choices.length > 25) errors.add([...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      if (option.autocomplete === true && choices.length > 0) {
        errors.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE', 'Autocomplete cannot be enabled with choices');
      }
      choices.forEach((choice: unknown, j) => {
        if (!isObj(choice)) return;
        bounded(errors, [...p, 'choices', j, 'name'], choice.name, 1, 100);
        maxLen(errors, [...p, 'choices', j, 'value'], choice.value, 100);
      });
    }
  });
}

/** Validates one command create body (`POST`/`PUT .../commands`). */
export function validateCommand(errors: FormErrors, path: Path, command: unknown): void {
  if (!isObj(command)) return errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
  const type = command.type === undefined ? ApplicationCommandType.ChatInput : Number(command.type);
  const chatInput = type === ApplicationCommandType.ChatInput;
  validateName(errors, [...path, 'name'], command.name, chatInput);
  validateLocalizations([...path, 'name_localizations'], command.name_localizations, (lp, v) => validateName(errors, lp, v, chatInput));
  if (chatInput) {
    bounded(errors, [...path, 'description'], command.description, 1, 100);
    validateLocalizations([...path, 'description_localizations'], command.description_localizations, (lp, v) => bounded(errors, lp, v, 1, 100));
    validateOptions(errors, [...path, 'options'], command.options);
  } else if (str(command.description) !== '') {
    errors.add([...path, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have description');
  }
}

/** Validates a bulk overwrite (`PUT .../commands`) body. */
export function validateCommandList(body: unknown): void {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    errors.throwIfAny();
    return;
  }
  const seen = new Set<string>();
  body.forEach((command: unknown, i) => {
    validateCommand(errors, [i], command);
    if (isObj(command)) {
      const key = `${String(command.type ?? 1)}:${String(command.name)}`;
      if (seen.has(key)) errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
      seen.add(key);
    }
  });
  const chatInputs = body.filter((c: unknown) => isObj(c) && (c.type ?? 1) === ApplicationCommandType.ChatInput).length;
  if (chatInputs > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  errors.throwIfAny();
}
