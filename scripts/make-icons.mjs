// Draws the app icon (an envelope on blue, like favicon.svg) as PNGs for the web app manifest.
// Run once when the icon changes: node scripts/make-icons.mjs. Output is committed in public/.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function icon(size) {
  const s = size / 32 // drawn on the favicon's 32-unit grid
  const inEnvelope = (x, y) => x >= 6 && x <= 26 && y >= 10 && y <= 22
  const onEdge = (x, y) => inEnvelope(x, y) && (x < 8 || x > 24 || y < 12 || y > 20)
  const onFlap = (x, y) =>
    x >= 6 && x <= 26 && y >= 10 && Math.abs(y - (10 + (x <= 16 ? x - 6 : 26 - x) * 0.7)) < 1
  const rows = []
  for (let py = 0; py < size; py++) {
    const row = [0]
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / s
      const y = (py + 0.5) / s
      const white = onEdge(x, y) || onFlap(x, y)
      row.push(...(white ? [255, 255, 255] : [0x1d, 0x4e, 0xd8]))
    }
    rows.push(Buffer.from(row))
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, icon(size))
