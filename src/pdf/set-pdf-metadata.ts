import type { PDFDocument } from 'pdf-lib';
import type { DeckMeta } from '../model/deck.ts';
import { loadPdfLib } from './load-pdf-lib.ts';

const { PDFName } = loadPdfLib();

export interface PdfMetadataOptions {
  /** The tool that made the PDF, such as "tn-2016-deck 1.0.0". */
  creator: string;
  /** When the PDF was made; the deck's own date is a period (such as a year), kept in the keywords. */
  createdAt: Date;
}

/**
 * Title, author, subject, keywords and language, all from the deck's index in slides/, in the
 * document information and as an XMP metadata stream (Dublin Core), which archives and assistive
 * technology read; the viewer shows the title, not the file name, in its window.
 */
export function setPdfMetadata(pdf: PDFDocument, meta: DeckMeta, options: PdfMetadataOptions): void {
  const producer = pdf.getProducer();
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  // Only an author deck.yaml names: the PDF claims no author the source does not give.
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setSubject(meta.description);
  const keywords = [...meta.keywords, meta.date].join('; ');
  // pdf-lib joins keywords with spaces, and ours contain spaces and commas: join them with semicolons.
  pdf.setKeywords([keywords]);
  pdf.setLanguage(meta.lang);
  pdf.setCreator(options.creator);
  const producerName = producer ? `${producer}; pdf-lib` : 'pdf-lib';
  pdf.setProducer(producerName);
  pdf.setCreationDate(options.createdAt);
  pdf.setModificationDate(options.createdAt);
  const xmp = renderXmp(meta, { keywords, producer: producerName, creator: options.creator, createdAt: options.createdAt });
  // UTF-8 and uncompressed, as XMP is meant to be found by tools that do not parse PDF.
  const stream = pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}

interface XmpValues {
  keywords: string;
  producer: string;
  creator: string;
  createdAt: Date;
}

/** The XMP packet: the same values as the document information, in Dublin Core, XMP basic and Adobe PDF schemas. */
export function renderXmp(meta: DeckMeta, values: XmpValues): string {
  const date = values.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  const properties = [
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:description>${alt(meta.description)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    ...(meta.author ? [`<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(meta.keywords.length > 0
      ? [`<dc:subject><rdf:Bag>${meta.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`]
      : []),
    `<pdf:Keywords>${escapeXml(values.keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${escapeXml(values.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(values.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
  ];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...properties,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
