/** Certificates are PDFs or photos; 20 MiB holds a multi-page scan and keeps backups sane. */
export const MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024;
/** The file types a certificate may have: no SVG or HTML, which can carry script. */
const TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/heic', 'image/heif'] as const;
export const CERTIFICATE_TYPES = new RegExp(`^(${TYPES.map((t) => t.replace('/', '\\/')).join('|')})$`);
/** For file pickers: offer exactly what is accepted (`image/*` offered SVG, then refused it). */
export const CERTIFICATE_ACCEPT = TYPES.join(',');
