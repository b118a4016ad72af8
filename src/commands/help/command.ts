import { ApplicationCommandType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { privateReply } from '../../core/reply.js';
import type { HelpDeps } from './deps.js';
import { helpMessage } from './messages.js';

export const helpCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'help',
    name_localizations: { ko: '도움말' },
    description: 'What this bot does, with an example for each command',
    description_localizations: { ko: '봇이 하는 일과 명령어 예시를 보여줘요' },
  } as const,
  examples: ['/help'],

  execute(request, deps: HelpDeps) {
    return privateReply(helpMessage(deps.commandList(), deps.catalog.lectures(request.guildId), request.locale));
  },
});
