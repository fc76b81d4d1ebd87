/** Where the build puts the worker and its registration script: fixed paths, because a worker's URL must not change between builds. */
export const SERVICE_WORKER = '/sw.js';
export const REGISTER_SCRIPT = '/sw-register.js';
