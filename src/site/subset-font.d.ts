/** subset-font ships no types: the part of its API the build uses. */
declare module 'subset-font' {
  export interface SubsetFontOptions {
    targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
    /** OpenType layout features to keep; by default every one, with the glyphs they reach. */
    keepFeatures?: string[];
    noHinting?: boolean;
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
