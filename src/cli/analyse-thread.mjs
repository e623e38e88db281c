// One analysis thread of the local pool (piscina). Threads do not inherit the main thread's TypeScript loader,
// so this plain-JS entry registers tsx before loading the pipeline.
import { register } from "tsx/esm/api";
register();
const { analyseForStore } = await import("../pipeline.ts");
export default (raw) => analyseForStore(raw);
