// Preloaded into the bot's process by the soak benchmark (node --expose-gc --import): when the
// benchmark asks over IPC, a full garbage collection, then the process's RSS and V8 heap in use.
// Plain JavaScript, so the compiled bot (as the Docker image runs it) can load it unchanged.
process.on('message', (message) => {
  if (message !== 'memory' || typeof globalThis.gc !== 'function') return;
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
// The IPC channel must not keep the bot alive on its own.
process.channel?.unref();
