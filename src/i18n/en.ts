import type { MessageKey } from './ko.js';

export const en: Record<MessageKey, string> = {
  'error.unknownTopic': "I can't find a lecture called `{input}`. Topics: {choices}",
  'error.unknownSection': 'The `{lecture}` lecture has no section `{input}`. Sections: {choices}',
  'error.staleComponent': 'This button no longer works. Please run the command again (e.g. `/summary fullstack`).',
  'error.unknownCommand': 'There is no `/{name}` command. `/help` lists the commands.',
  'error.generic': 'Something went wrong and I could not handle that. Please try again in a moment.',
  'error.guildOnly': 'This command only works in a server channel.',

  'summary.speaker': 'Speaker: {speaker}',
  'summary.footer': '{lecture} · section {index}/{total}',
  'summary.diagram': 'Figure {index}/{total}: {caption}',
  'summary.prev': 'Previous',
  'summary.next': 'Next',
  'summary.pick': 'Go to section…',

  'help.title': 'Study bot help',
  'help.description':
    'A study bot that keeps lecture notes alive on Discord: read lecture summaries, answer quizzes, tick off checklists, and study together.',
  'help.commands': 'Commands',
  'help.summary': '`/summary topic:<topic> [section] [private]` shows a lecture summary. e.g. `/summary fullstack`, `/summary nlp section:klue`',
  'help.help': '`/help` shows this help.',
  'help.topics': 'Topics',
  'help.topicLine': '`{slug}` {title} ({speaker}) — {blurb}',

  'console.noToken': 'No DISCORD_TOKEN set: starting the local console (database: {path}). Type /help to begin, exit to quit.',
  'console.badValue': "I didn't understand `{value}` for `{option}`. Example: {expected}",
  'console.needsSubcommand': '`/{command}` needs a subcommand: {choices}',
  'console.unexpected': '`{words}` is not an option of `/{command}`. See `/help`.',
  'console.missing': '`/{command}` is missing: {options}. Example: `/summary fullstack`',
  'console.notACommand': 'Commands start with `/` (e.g. `/summary fullstack`); pick a button by its number; exit to quit.',
  'console.noSuchChoice': 'There is no choice {number}. Pick one of the numbers in the last message.',
  'console.failed': 'That failed: {message}',
};
