// A self-signed certificate for localhost, so real clients can STARTTLS with the sandbox
// (`swaks --tls`, `openssl s_client -starttls smtp`, Python's starttls()). Made once with the
// system's openssl and kept outside the repository; nothing secret is protected by it.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Certificate {
  key: Buffer
  cert: Buffer
  /** Where the files are, for the operator. */
  dir: string
}

/** The certificate in `dir` (default: a folder in the system's temp dir), made on first use. Throws when openssl is missing. */
export function localhostCertificate(dir = join(tmpdir(), 'smtp-code-lab-sandbox-tls')): Certificate {
  const keyPath = join(dir, 'localhost-key.pem')
  const certPath = join(dir, 'localhost-cert.pem')
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '825',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'ignore' },
    )
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), dir }
}
