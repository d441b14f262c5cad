/**
 * Resolves in a later task, so work after it does not lengthen the current one. A message
 * to oneself is a new task without the minimum delay that nested timers get.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
