// Worker entry when the server runs from source (tests under tsx): worker threads in node 20 do
// not inherit tsx's loader, so register it here, then load the TypeScript worker. The build ships
// worker.js instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
