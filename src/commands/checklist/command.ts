import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import type { Actor } from '../../core/requests.js';
import { privateReply } from '../../core/reply.js';
import { echo } from '../../core/text.js';
import type { Checklist } from '../../content/types.js';
import { userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import { lectureBySlug, nameList } from '../shared/lookup.js';
import type { ChecklistDeps } from './deps.js';
import { checklistMessage, overviewMessage } from './messages.js';

export function overview(guildId: string, actor: Actor, deps: ChecklistDeps) {
  const counts = deps.checklists.countsByList(guildId, actor.userId);
  const lists = deps.catalog.checklists(guildId).map((checklist) => ({ checklist, done: counts.get(checklist.slug) ?? 0 }));
  return overviewMessage(lists, actor.locale);
}

export function showChecklist(guildId: string, actor: Actor, checklist: Checklist, deps: ChecklistDeps) {
  const checked = deps.checklists.checked(guildId, actor.userId, checklist.slug);
  return checklistMessage(checklist, checked, lectureBySlug(actor, checklist.source.lecture, deps.catalog), actor.locale);
}

export const checklistCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'checklist',
    name_localizations: { ko: '체크리스트' },
    description: 'Career checklists from the lectures; your checks are saved',
    description_localizations: { ko: '강의에서 나온 커리어 체크리스트 (체크 상태가 저장돼요)' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'name',
        name_localizations: { ko: '이름' },
        description: 'Which checklist (default: the list of all)',
        description_localizations: { ko: '체크리스트 이름 (기본: 전체 목록)' },
        autocomplete: true,
        max_length: 100,
      },
    ],
  } as const,
  examples: ['/checklist career-start'],

  execute(request, deps: ChecklistDeps) {
    const guildId = requireGuild(request);
    const name = request.options.name?.trim();
    if (!name) return privateReply(overview(guildId, request, deps));
    const checklist = deps.catalog.findChecklist(guildId, name);
    if (!checklist) throw userError('checklist.unknown', { input: echo(name), choices: nameList(deps.catalog.checklists(guildId).map((c) => c.slug)) });
    return privateReply(showChecklist(guildId, request, checklist, deps));
  },

  autocomplete(request, deps) {
    return deps.catalog.suggestChecklists(request.guildId, request.focused.value, request.locale);
  },
});
