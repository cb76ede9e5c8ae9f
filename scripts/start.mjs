// `npm start`: builds the app when there is no build for the current commit, then starts the front door.
// The server itself migrates and seeds the database on start (see server/boot.ts).
import path from "node:path";
import { ensureBuild, root } from "./lib/build-state.mjs";

ensureBuild();
await import(path.join(root, "dist/server.js"));
