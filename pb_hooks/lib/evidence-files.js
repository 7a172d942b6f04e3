/// <reference path="../../pb_data/types.d.ts" />
/**
 * What an evidence file may be, decided from its bytes (never from its name
 * or the browser's Content-Type), plus the size limit and name cleaning.
 * PocketBase's own file-field check (mimeTypes, detected from content too)
 * runs as well; this is the second, stricter gate: it also refuses empty
 * files, executables and scripts whatever they are called, and markup.
 *
 * Pure functions over an array of byte values, so the unit tests run them
 * in Node (src/lib/domain/evidence/files.test.ts).
 */
const CONFIG = require('./evidence-config.json');

/** The configured upload limit in bytes (MAMORI_EVIDENCE_MAX_MB, default 25). */
function maxBytes(getenv) {
  const raw = getenv ? String(getenv('MAMORI_EVIDENCE_MAX_MB') || '') : '';
  const mb = Number(raw);
  const chosen = raw && mb > 0 && mb <= CONFIG.maxMegabytesCeiling ? mb : CONFIG.maxMegabytesDefault;
  return Math.floor(chosen * 1024 * 1024);
}

function startsWith(bytes, prefix, offset) {
  const at = offset || 0;
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const want = typeof prefix === 'string' ? prefix.charCodeAt(i) : prefix[i];
    if (bytes[at + i] !== want) return false;
  }
  return true;
}

/** The bytes as Latin-1 text, to look for ASCII markers. */
function ascii(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function extensionOf(name) {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(String(name || ''));
  return match ? match[1].toLowerCase() : '';
}

const EXECUTABLE = [
  [0x4d, 0x5a], // MZ: Windows PE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O fat / Java class
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0x00, 0x61, 0x73, 0x6d] // WebAssembly
];

function byFamily(family) {
  return CONFIG.types.filter((t) => t.family === family);
}

function byExtension(types, ext) {
  for (const t of types) if (t.extensions.indexOf(ext) >= 0) return t;
  return null;
}

/** Text: no NUL bytes, hardly any control characters, and not markup or a script. */
function textVerdict(bytes) {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'; // UTF-16 with BOM
  let control = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (control > bytes.length / 100) return 'binary';
  const head = ascii(bytes.slice(start, start + 256)).replace(/^\s+/, '');
  if (head.indexOf('#!') === 0) return 'script';
  if (head.charAt(0) === '<') return 'markup';
  return 'text';
}

/**
 * Decides what a file is from its first bytes (`CONFIG.sniffBytes` of them)
 * and its total size. The name only chooses between types whose content is
 * the same (CSV vs. plain text, .docx vs. .zip when the marker lies beyond
 * the sniffed bytes, .doc vs. .xls).
 * → { ok: true, mime, family, preview } or { ok: false, reason }
 *   reason: empty | executable | script | markup | unknown | ole_name
 */
function sniff(bytes, name, size) {
  if (!size || bytes.length === 0) return { ok: false, reason: 'empty' };
  const ext = extensionOf(name);
  const pick = (t) => ({ ok: true, mime: t.mime, family: t.family, preview: t.preview });
  const find = (mime) => CONFIG.types.filter((t) => t.mime === mime)[0];
  for (const sig of EXECUTABLE) if (startsWith(bytes, sig)) return { ok: false, reason: 'executable' };
  if (startsWith(bytes, '%PDF-')) return pick(find('application/pdf'));
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return pick(find('image/png'));
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return pick(find('image/jpeg'));
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return pick(find('image/gif'));
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return pick(find('image/webp'));
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const text = ascii(bytes);
    const zips = byFamily('zip');
    for (const t of zips) if (t.marker && t.marker.indexOf('mimetype') === 0 && text.indexOf(t.marker) >= 0) return pick(t);
    if (text.indexOf('[Content_Types].xml') >= 0) {
      for (const t of zips) if (t.marker && t.marker.indexOf('mimetype') !== 0 && text.indexOf(t.marker) >= 0) return pick(t);
    }
    return pick(byExtension(zips, ext) || find('application/zip'));
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const t = byExtension(byFamily('ole'), ext);
    return t ? pick(t) : { ok: false, reason: 'ole_name' };
  }
  const verdict = textVerdict(bytes);
  if (verdict === 'text') return pick(byExtension(byFamily('text'), ext) || find('text/plain'));
  if (verdict === 'script' || verdict === 'markup') return { ok: false, reason: verdict };
  return { ok: false, reason: 'unknown' };
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A file name safe to store, show and put into a ZIP: no directories, no
 * control or direction-changing characters, none of <>:"/\|?*, no leading
 * or trailing dots and spaces, at most 200 characters (keeping the
 * extension), never a Windows device name, never empty.
 */
function sanitiseName(name) {
  let base = String(name || '');
  const cut = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  if (cut >= 0) base = base.slice(cut + 1);
  if (typeof base.normalize === 'function') base = base.normalize('NFC');
  base = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (RESERVED.test(base)) base = '_' + base;
  if (base.length > 200) {
    const ext = extensionOf(base);
    const keep = ext ? '.' + ext : '';
    base = base.slice(0, 200 - keep.length).replace(/[\s.]+$/, '') + keep;
  }
  return base || 'file';
}

module.exports = { CONFIG, maxBytes, sniff, sanitiseName, extensionOf };
