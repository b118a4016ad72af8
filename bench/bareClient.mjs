// The comparison for the memory figures: a bare discord.js client with the bot's intents, logged
// in to the same emulator guilds (the same shards, with SHARD_LIST and SHARD_TOTAL), doing nothing
// else. Plain JavaScript, run by node like the bot's compiled build.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const shards = process.env.SHARD_LIST ? { shards: JSON.parse(process.env.SHARD_LIST), shardCount: Number(process.env.SHARD_TOTAL) } : {};
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildVoiceStates], rest: { api: process.env.DISCORD_API_URL }, ...shards });
client.once(Events.ClientReady, (ready) => process.stdout.write(`ready ${ready.guilds.cache.size}\n`));
await client.login(process.env.DISCORD_TOKEN);
process.on('SIGTERM', () => {
  void client.destroy().then(() => process.exit(0));
});
