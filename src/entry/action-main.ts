import { run } from './main-run.js';

// The bundle's entry runs the step; main-run.ts only exports it (local-action imports that one).
await run();
