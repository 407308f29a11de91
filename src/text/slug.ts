/** ASCII slugs for ids and links, the one place for them. */
import { fold } from './normalize';

/** `slug('Đồng Nai')` → `'dong-nai'`; `slug('Sở Lao động - Thương binh và Xã hội')` → `'so-lao-dong-thuong-binh-va-xa-hoi'`. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
