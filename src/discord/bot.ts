import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { Router } from '../commands/router.js';
import type { Context } from '../commands/types.js';
import { t, toLocale } from '../i18n/index.js';
import { registerCommands } from './register.js';
import { autocompleteRequestOf, commandRequestOf, componentRequestOf } from './requests.js';
import { sendFailure, sendReply } from './respond.js';

export interface BotOptions {
  token: string;
  apiUrl: string;
  devGuildId: string | undefined;
  router: Router;
  context: Context;
}

export interface Bot {
  client: Client;
  /** Resolves once logged in, commands registered (when changed) and ready to answer. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** Connects the real discord.js client and routes every interaction through the shared handlers. */
export function startBot(options: BotOptions): Bot {
  const { router, context } = options;
  const { log } = context;
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: options.apiUrl } });

  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, router, context);
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'),
  );

  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, async (ready) => {
      log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord');
      try {
        await registerCommands({
          rest: client.rest,
          applicationId: ready.application.id,
          guildId: options.devGuildId,
          definitions: router.commands.map((command) => command.data),
          meta: context.stores.meta,
          log,
        });
      } catch (error) {
        // The bot can still answer commands registered earlier.
        log.error({ err: error }, 'could not register slash commands');
      }
      resolve();
    });
    client.login(options.token).catch(reject);
  });

  return {
    client,
    ready,
    async stop() {
      await client.destroy();
    },
  };
}

/** The error boundary: whatever happens, log it with context and never let it escape. */
export async function handleInteraction(interaction: Interaction, router: Router, context: Context): Promise<void> {
  const where = {
    interaction: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    guild: interaction.guildId,
    channel: interaction.channelId,
    user: interaction.user.id,
  };
  try {
    if (interaction.isChatInputCommand()) {
      // Commands that wait on Discord themselves acknowledge first, within the 3-second window.
      const defer = router.find(interaction.commandName)?.defer;
      if (defer) await interaction.deferReply(defer === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
      await sendReply(interaction, await router.command(commandRequestOf(interaction), context));
    } else if (interaction.isAutocomplete()) {
      await interaction.respond(router.autocomplete(autocompleteRequestOf(interaction), context));
    } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
      await sendReply(interaction, await router.component(componentRequestOf(interaction), context));
    } else {
      context.log.debug(where, 'ignored an interaction of a kind the bot does not handle');
    }
  } catch (error) {
    context.log.error({ ...where, err: error }, 'interaction failed');
    if (!interaction.isChatInputCommand() && !interaction.isMessageComponent()) return;
    try {
      await sendFailure(interaction, `⚠️ ${t(toLocale(interaction.locale), 'error.generic')}`);
    } catch (second) {
      context.log.warn({ ...where, err: second }, 'could not tell the member about the failure');
    }
  }
}
