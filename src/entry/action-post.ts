import { run } from './post-run.js';

// The bundle's entry runs the step; post-run.ts only exports it (local-action imports that one).
await run();
