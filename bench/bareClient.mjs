// The comparison for the daily benchmark's memory figure: a bare discord.js client with the
// bot's intents, logged in to the same emulator guilds, doing nothing else. Plain JavaScript,
// run by node like the bot's compiled build.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildVoiceStates], rest: { api: process.env.DISCORD_API_URL } });
client.once(Events.ClientReady, (ready) => process.stdout.write(`ready ${ready.guilds.cache.size}\n`));
await client.login(process.env.DISCORD_TOKEN);
process.on('SIGTERM', () => {
  void client.destroy().then(() => process.exit(0));
});
