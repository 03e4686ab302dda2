// The Content-Security-Policy of built pages: scripts from our origin only, plus the inline
// scripts of index.html by their SHA-256 hash (today one: the theme decision, which must run
// before first paint and as a separate file would block rendering for a round trip). No eval,
// no inline style, nothing from another origin. Added to built pages only: the development
// server injects inline scripts and styles (hot reload) that this policy would block.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g

function policy(inlineScriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body = '']) =>
          createHash('sha256').update(body).digest('base64'),
        )
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(hashes) },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
