// Child process of the pool: runs one task per page it is sent and replies with the row.
// Each page is its own macrotask, so jsdom's windows can be collected between pages.
import { runTask, type Task } from './tasks.ts';
import type { PageInput } from './inputs.ts';

process.on('message', (msg: { index: number; task: Task; input: PageInput }) => {
  void runTask(msg.task, msg.input).then((row) => process.send!({ index: msg.index, row }));
});
process.on('disconnect', () => process.exit(0));
