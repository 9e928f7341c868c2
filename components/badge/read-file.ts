import { MAX_CERTIFICATE_BYTES } from '../../lib/store/limits';

/**
 * A picked file as base64 for the runtime message (JSON only), via FileReader's data URL.
 * Too-large files are refused here, before megabytes cross the message channel.
 */
export function readAsBase64(file: File): Promise<string> {
  if (file.size > MAX_CERTIFICATE_BYTES) return Promise.reject(new Error('Certificates can be at most 20 MB.'));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
