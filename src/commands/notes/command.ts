import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import type { Actor } from '../../core/requests.js';
import { privateReply, say } from '../../core/reply.js';
import { echo } from '../../core/text.js';
import { MAX_NOTES_BYTES } from '../../content/notes/decode.js';
import { t, userError } from '../../i18n/index.js';
import { ImportError, type NotesListing } from '../../services/notes.js';
import { isNotesEditor, requireGuild } from '../shared/guards.js';
import { nameList } from '../shared/lookup.js';
import type { NotesDeps } from './deps.js';
import { confirmRemoveMessage, importMessage, listMessage } from './messages.js';

const lectureName = {
  type: ApplicationCommandOptionType.String,
  name: 'name',
  name_localizations: { ko: '이름' },
  description: 'An imported lecture',
  description_localizations: { ko: '가져온 강의' },
  required: true,
  autocomplete: true,
  max_length: 100,
} as const;

/** Import, remove and export: members with Manage Server or the guild's notes-editor role (checked again here, failing closed). */
export function requireEditor(actor: Actor, deps: Pick<NotesDeps, 'guilds'>): string {
  const guildId = requireGuild(actor);
  if (!isNotesEditor(actor, deps.guilds.get(guildId).notesRole)) throw userError('notes.notAllowed');
  return guildId;
}

/** The import's problem as words, with the line it is about. */
function importFailure(error: ImportError): never {
  const at = error.line > 0 ? error.line : '—';
  switch (error.problem) {
    case 'not-markdown':
      throw userError('notes.error.notMarkdown');
    case 'too-large':
      throw userError('notes.error.tooLarge', { max: `${MAX_NOTES_BYTES / 1024 / 1024} MB` });
    case 'binary':
      throw userError('notes.error.binary');
    case 'empty':
      throw userError('notes.error.empty');
    case 'only-front-matter':
      throw userError('notes.error.onlyFrontMatter');
    case 'too-many-sections':
      throw userError('notes.error.tooManySections', { max: Number(error.detail.max ?? 0), line: at });
    case 'too-many-pages':
      throw userError('notes.error.tooManyPages', { max: Number(error.detail.max ?? 0), line: at });
    case 'bad-front-matter':
      throw userError('notes.error.badFrontMatter', { detail: echo(String(error.detail.detail ?? ''), 120) });
    case 'download-failed':
      throw userError('notes.error.download');
    case 'download-timeout':
      throw userError('notes.error.timeout');
    case 'clashes-builtin':
      throw userError('notes.error.clashes', { title: echo(String(error.detail.title ?? ''), 80), line: at });
    case 'busy':
      throw userError('notes.error.busy');
  }
}

/** The guild's imported lecture a member named (by slug or title). */
export function findImported(guildId: string, input: string, deps: Pick<NotesDeps, 'notes'>): NotesListing {
  const wanted = input.trim().toLowerCase();
  const listing = deps.notes.list(guildId);
  const found = listing.find((l) => l.slug === wanted || l.title.toLowerCase() === wanted);
  if (!found) throw userError('notes.unknown', { input: echo(input), choices: nameList(listing.map((l) => l.slug)) || '—' });
  return found;
}

export const notesCommand = defineCommand({
  defer: 'ephemeral',
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'notes',
    name_localizations: { ko: '노트' },
    description: "Your group's own notes: import a Markdown file, list, remove or export lectures",
    description_localizations: { ko: '우리 그룹의 노트: Markdown 파일을 가져오고, 강의를 보고, 지우고, 내보내요' },
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        name_localizations: { ko: '추가' },
        description: 'Import a Markdown notes file (.md, .markdown or .txt, up to 1 MB)',
        description_localizations: { ko: 'Markdown 노트 파일 가져오기 (.md, .markdown, .txt, 1MB까지)' },
        options: [
          {
            type: ApplicationCommandOptionType.Attachment,
            name: 'file',
            name_localizations: { ko: '파일' },
            description: 'The notes file',
            description_localizations: { ko: '노트 파일' },
            required: true,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'lectures',
            name_localizations: { ko: '강의' },
            description: 'Which headings are lectures (default: auto)',
            description_localizations: { ko: '어떤 제목을 강의로 볼지 (기본: 자동)' },
            choices: [
              { name: 'auto', name_localizations: { ko: '자동' }, value: 'auto' },
              { name: 'one lecture', name_localizations: { ko: '강의 하나' }, value: 'one' },
              { name: '# headings', name_localizations: { ko: '# 제목' }, value: 'h1' },
              { name: '## headings', name_localizations: { ko: '## 제목' }, value: 'h2' },
              { name: '### headings', name_localizations: { ko: '### 제목' }, value: 'h3' },
            ],
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'list',
        name_localizations: { ko: '목록' },
        description: "The server's imported lectures",
        description_localizations: { ko: '이 서버가 가져온 강의' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        name_localizations: { ko: '삭제' },
        description: 'Remove an imported lecture (asks first; points earned stay)',
        description_localizations: { ko: '가져온 강의 지우기 (먼저 확인해요. 얻은 점수는 남아요)' },
        options: [lectureName],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'export',
        name_localizations: { ko: '내보내기' },
        description: 'The Markdown of an imported lecture, as it was uploaded',
        description_localizations: { ko: '가져온 강의의 Markdown 원본' },
        options: [lectureName],
      },
    ],
  } as const,
  examples: ['/notes add file:week3.md', '/notes list'],

  async execute(request, deps: NotesDeps) {
    const guildId = requireEditor(request, deps);
    const { locale } = request;
    switch (request.subcommand) {
      case 'add': {
        try {
          const report = await deps.notes.importAttachment(guildId, request.userId, request.options.file, request.options.lectures ?? 'auto');
          deps.log.info({ guild: guildId, user: request.userId, file: request.options.file.filename, lectures: report.lectures.length }, 'notes imported');
          return privateReply(importMessage(report, locale));
        } catch (error) {
          if (error instanceof ImportError) importFailure(error);
          throw error;
        }
      }
      case 'list':
        return privateReply(listMessage(deps.notes.list(guildId), locale));
      case 'remove': {
        const lecture = findImported(guildId, request.options.name, deps);
        return privateReply(confirmRemoveMessage(lecture.slug, lecture.title, request.userId, locale));
      }
      case 'export': {
        const lecture = findImported(guildId, request.options.name, deps);
        const file = deps.notes.exportFile(guildId, lecture.slug);
        if (!file) return say(t(locale, 'notes.exportMissing'));
        return privateReply({
          content: t(locale, 'notes.exported', { title: lecture.title }),
          files: [{ name: file.filename, data: Buffer.from(file.markdown) }],
        });
      }
    }
  },

  autocomplete(request, deps) {
    if (!request.guildId) return [];
    const query = request.focused.value.trim().toLowerCase();
    return deps.notes
      .list(request.guildId)
      .filter((l) => query === '' || l.title.toLowerCase().includes(query) || l.slug.includes(query))
      .map((l) => ({ name: l.title, value: l.slug }));
  },
});
