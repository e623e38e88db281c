// One thread of the local pool (piscina). Threads do not inherit the main thread's TypeScript loader, so this
// plain-JS entry registers tsx before loading the task.
import { register } from "tsx/esm/api";
register();
const { threadTask } = await import("./task.ts");
export default threadTask;
