export * from './store';
export * from './errors';
export * from './certificate';
export * from './fingerprint';
export * from './backup';
export { DATA_CHANNEL } from './notify';
export { DB_NAME, DB_VERSION } from './schema';
export { base64ToBytes, bytesToBase64 } from './base64';
export * from './csv';
