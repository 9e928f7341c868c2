/** Certificates are PDFs or photos; 20 MiB holds a multi-page scan and keeps backups sane. */
export const MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024;
export const CERTIFICATE_TYPES = /^(application\/pdf|image\/(png|jpeg|gif|webp|heic|heif))$/;
