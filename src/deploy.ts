import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import type { APIApplication } from 'discord-api-types/v10';
import { commandDefinitions } from './app/app.js';
import { loadConfigOrExit } from './config.js';
import { openDatabase } from './db/database.js';
import { BotMetaStore } from './db/botMeta.js';
import { registerCommands } from './discord/register.js';
import { createLogger } from './logger.js';

/** `npm run deploy`: registers the slash commands (to DEV_GUILD_ID when set) and exits. */
async function main(): Promise<number> {
  const config = loadConfigOrExit(process.env);
  if (!config.token) {
    process.stderr.write('Configuration error: DISCORD_TOKEN must be set to register commands (see .env.example)\n');
    return 1;
  }
  const log = await createLogger({ level: config.logLevel ?? 'info', secrets: [config.token], pretty: process.stderr.isTTY === true });
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const db = openDatabase(config.databasePath);
  try {
    const application = (await rest.get(Routes.currentApplication())) as APIApplication;
    await registerCommands({
      rest,
      applicationId: application.id,
      guildId: config.devGuildId,
      definitions: commandDefinitions(),
      meta: new BotMetaStore(db),
      log,
      force: true,
    });
    return 0;
  } catch (error) {
    log.error({ err: error }, 'could not register slash commands');
    return 1;
  } finally {
    db.close();
  }
}

process.exitCode = await main();
