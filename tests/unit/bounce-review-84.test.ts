// Fact review 84: Exchange's delay notice in its other languages says it keeps trying, whatever
// "delivery failed to all alternate hosts" it quotes; Exchange's Polish NDR pasted as text; Exim's
// newer layout names the recipient's own host above its "Relay access denied".
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

describe('fact review 84', () => {
  it.each([
    [
      "Exchange's Portuguese delay notice quoting 'delivery failed to all alternate hosts'",
      'Bom dia, recebi isto agora. A mensagem foi perdida? Preciso reenviar?\n\nEntrega atrasada: Proposta comercial Q3\n\nMicrosoft Outlook\nA entrega a estes destinatários ou grupos está atrasada:\n\nfinanceiro@construtora-atlantico.example\n\nAssunto: Proposta comercial Q3\n\nEsta mensagem ainda não foi entregue. A entrega continuará a ser tentada.\n\nO servidor continuará tentando entregar esta mensagem pelos próximos 1 dias, 19 horas e 52 minutos. Você será notificado se a mensagem não puder ser entregue até lá.\n\nInformações de diagnóstico para administradores:\n\nServidor de geração: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\nRecebendo servidor: mx.construtora-atlantico.example\n\nfinanceiro@construtora-atlantico.example\nServidor remoto retornou \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25\'\n\nCabeçalhos da mensagem original:\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nCc: Beatriz Lima <beatriz.lima@grupo-souza.example>\nSubject: Proposta comercial Q3\n',
      'delayed',
    ],
    [
      'its European Portuguese wording',
      'Atraso na entrega: Proposta comercial Q3\n\nMicrosoft Outlook\nA entrega a estes destinatários ou grupos sofreu um atraso:\n\nfinanceiro@construtora-atlantico.example\n\nEsta mensagem ainda não foi entregue. Continuaremos a tentar entregá-la.\n\nO servidor continuará a tentar entregar esta mensagem nos próximos 1 dias, 19 horas e 52 minutos. Será notificado se não for possível entregar a mensagem até lá.\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nO servidor remoto devolveu \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25\'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n',
      'delayed',
    ],
    [
      'its Spanish wording',
      'Entrega retrasada: Proposta comercial Q3\n\nMicrosoft Outlook\nLa entrega a estos destinatarios o grupos se ha retrasado:\n\nfinanceiro@construtora-atlantico.example\n\nEste mensaje aún no se ha entregado. Se seguirá intentando la entrega.\n\nEl servidor seguirá intentando entregar este mensaje durante los próximos 1 días, 19 horas y 52 minutos. Recibirá una notificación si el mensaje no se puede entregar en ese plazo.\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nEl servidor remoto devolvió \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25\'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n',
      'delayed',
    ],
    [
      'its French wording',
      "Remise différée : Proposta comercial Q3\n\nMicrosoft Outlook\nLa remise à ces destinataires ou groupes est différée :\n\nfinanceiro@construtora-atlantico.example\n\nCe message n'a pas encore été remis. Les tentatives de remise se poursuivront.\n\nLe serveur continuera d'essayer de remettre ce message pendant les 1 jours, 19 heures et 52 minutes à venir. Vous serez averti si le message ne peut pas être remis d'ici là.\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nLe serveur distant a retourné '451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n",
      'delayed',
    ],
    [
      'its Dutch wording',
      'Vertraagd: Proposta comercial Q3\n\nMicrosoft Outlook\nBezorging bij deze ontvangers of groepen is vertraagd:\n\nfinanceiro@construtora-atlantico.example\n\nDit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.\n\nDe server blijft nog 1 dagen, 19 uur en 52 minuten proberen dit bericht te bezorgen. U ontvangt een melding als het bericht niet binnen die tijd kan worden bezorgd.\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nExterne server retourneerde \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25\'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n',
      'delayed',
    ],
    [
      'its Italian wording',
      'Recapito ritardato: Proposta comercial Q3\n\nMicrosoft Outlook\nIl recapito a questi destinatari o gruppi è stato ritardato:\n\nfinanceiro@construtora-atlantico.example\n\nIl messaggio non è stato ancora recapitato. Verranno effettuati altri tentativi di recapito.\n\nIl server continuerà a tentare di recapitare il messaggio per 1 giorni, 19 ore e 52 minuti. Si riceverà una notifica se non sarà possibile recapitare il messaggio entro tale periodo.\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nIl server remoto ha restituito \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25\'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n',
      'delayed',
    ],
    [
      'its Polish wording',
      'Opóźnione: Proposta comercial Q3\n\nMicrosoft Outlook\nDostarczanie do tych adresatów lub grup jest opóźnione:\n\nfinanceiro@construtora-atlantico.example\n\nTa wiadomość nie została jeszcze dostarczona. Próby dostarczenia będą kontynuowane.\n\nSerwer będzie próbował dostarczyć tę wiadomość przez następne 1 dni, 19 godz. i 52 min. Otrzymasz powiadomienie, jeśli nie będzie można dostarczyć wiadomości w tym czasie.\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nSerwer zdalny zwrócił \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.88:25\'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n',
      'delayed',
    ],
    [
      'a final Portuguese notice after the retries',
      "Não é possível entregar: Proposta comercial Q3\n\nMicrosoft Outlook\nA entrega para estes destinatários ou grupos falhou:\n\nfinanceiro@construtora-atlantico.example\n\nNão foi possível entregar a mensagem ao destinatário. O servidor tentou durante 2 dias.\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: CP4P284MB1955.BRAP284.PROD.OUTLOOK.COM\n\nfinanceiro@construtora-atlantico.example\nServidor remoto retornou '550 4.4.7 Message expired, connection refused(Socket error code 10061). The last endpoint attempted was 198.51.100.88:25'\n\nFrom: Rafael Souza <rafael.souza@grupo-souza.example>\nTo: financeiro@construtora-atlantico.example\nSubject: Proposta comercial Q3\n",
      'failed',
    ],
  ])('reads %s', (_name, text, action) => {
    expect(analyzeBounceReport(text).headline?.action).toBe(action)
  })

  it("reads Exchange's Polish NDR pasted as text as the recipient's full mailbox", () => {
    const text =
      "Od: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\nWysłano: poniedziałek, 10 czerwca 2024 09:12\nDo: Piotr Nowak <p.nowak@example.org>\nTemat: Niedostarczalne: Faktura 06/2024\n\nDostarczenie do tych adresatów lub grup nie powiodło się:\n\nk.wisniewska@example.net<mailto:k.wisniewska@example.net>\nSkrzynka pocztowa adresata jest pełna i nie może teraz akceptować wiadomości. Spróbuj ponownie wysłać wiadomość później lub skontaktuj się bezpośrednio z adresatem.\n\nInformacje diagnostyczne dla administratorów:\n\nSerwer generujący: EX02.corp.example.org\n\nk.wisniewska@example.net\nSerwer zdalny zwrócił '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n\nOryginalne nagłówki wiadomości:\n\nFrom: Piotr Nowak <p.nowak@example.org>\nTo: Katarzyna Wisniewska <k.wisniewska@example.net>\nCC: Jan Kowalski <j.kowalski@example.net>\nSubject: Faktura 06/2024\nDate: Mon, 10 Jun 2024 07:11:58 +0000\n"
    expect(analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])).toEqual([
      ['k.wisniewska@example.net', 'failed', 'mailbox-full'],
    ])
  })

  it("reads Exim's German bounce of the recipient's own server refusing to relay as a domain it does not host", () => {
    const text =
      'From: Mail Delivery System <Mailer-Daemon@smtp.example.org>\nTo: j.dupont@example.org\nSubject: Nachricht nicht zustellbar: Rückgabe an den Absender\nX-Failed-Recipients: r.hoffmann@example.net\nAuto-Submitted: auto-replied\n\nDiese Nachricht wurde automatisch vom Mailsystem erstellt.\n\nEine Nachricht, die Sie gesendet haben, konnte nicht an einen oder mehrere\nEmpfänger zugestellt werden. Dies ist ein dauerhafter Fehler. Die folgende(n)\nAdresse(n) sind fehlgeschlagen:\n\n  r.hoffmann@example.net\n    host mx.example.net [198.51.100.70]\n    SMTP error from remote mail server after RCPT TO:<r.hoffmann@example.net>:\n    550 5.7.1 <r.hoffmann@example.net>: Relay access denied\n\n------ Dies ist eine Kopie der Nachricht, einschließlich aller Kopfzeilen. ------\nFrom: Jean Dupont <j.dupont@example.org>\nTo: r.hoffmann@example.net\nCc: m.vogel@example.net\nSubject: Termin\n'
    expect(analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])).toEqual([
      ['r.hoffmann@example.net', 'failed', 'not-hosted'],
    ])
  })
})
